using System.Net;

namespace Moderation.Service.Configuration;

/// <summary>The reverse proxies (a TLS-terminating ingress) whose X-Forwarded-For and X-Forwarded-Proto headers are believed
/// (section "Proxy"). Loopback is always trusted; a header from any other address is ignored.</summary>
public sealed class ProxyOptions
{
    public const string Section = "Proxy";

    /// <summary>Addresses of the proxies, e.g. <c>Proxy__KnownProxies__0=10.0.0.5</c>.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Networks the proxies are in (CIDR), e.g. <c>Proxy__KnownNetworks__0=10.42.0.0/16</c> (a cluster's pod network).</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>One line per entry that is not an address or a CIDR network.</summary>
    public IEnumerable<string> Problems() =>
        KnownProxies.Select((value, i) => IPAddress.TryParse(value, out _) ? null : $"Proxy:KnownProxies:{i} is not an IP address (got '{value}').")
            .Concat(KnownNetworks.Select((value, i) => IPNetwork.TryParse(value, out _) ? null : $"Proxy:KnownNetworks:{i} is not a CIDR network such as 10.42.0.0/16 (got '{value}')."))
            .OfType<string>();
}
