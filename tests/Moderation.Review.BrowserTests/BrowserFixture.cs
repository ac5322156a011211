using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Moderation.Contracts;
using Moderation.Service.Review.Desk;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

/// <summary>The service on a real port (Kestrel) over real RabbitMQ and Redis, an AMQP probe, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>Debian's chromium package; Playwright never downloads a browser here.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private IPlaywright _playwright = null!;

    public RabbitVirtualHost VirtualHost { get; private set; } = null!;

    public ServiceHost Host { get; private set; } = null!;

    public BusProbe Probe { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run deploy/local/browser.sh (as root) first, or deploy/local/test.sh.");
        }

        VirtualHost = await RabbitVirtualHost.CreateAsync("browser");
        Host = ServiceHost.OnServers(VirtualHost, $"test:{Guid.NewGuid():N}:");
        Host.UseKestrel(0);
        Host.StartServer();
        var address = Host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("0.0.0.0", "127.0.0.1"));
        Probe = await BusProbe.ConnectAsync(VirtualHost);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<string> FlagAsync((CommentSubmitted Comment, CommentFlagged Decision) flagged)
    {
        await Host.Services.GetRequiredService<ReviewIntake>().RecordAsync(flagged.Comment, flagged.Decision, default);
        return flagged.Comment.CommentId!;
    }

    /// <summary>A new page signed in as the moderator, showing the queue.</summary>
    public async Task<IPage> SignedInPageAsync(string moderatorId)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 800 }, Locale = "id-ID" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(BaseAddress, "/review/").ToString());
        await page.FillAsync("#signin-id", moderatorId);
        await page.FillAsync("#signin-password", Moderators.PasswordOf(moderatorId));
        await page.ClickAsync("#signin-submit");
        await page.WaitForSelectorAsync("#app:not([hidden])");
        return page;
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await Probe.DisposeAsync();
        await Host.DisposeAsync();
        await VirtualHost.DisposeAsync();
    }
}
