namespace Moderation.Service.Hosting;

/// <summary>The headers every response carries, and no-store on the APIs (moderation data, sessions and CSRF tokens must not be
/// kept by a browser or a proxy cache).</summary>
public static class SecurityHeaders
{
    /// <summary>The review UI's Content-Security-Policy: scripts, styles and connections from this origin only, no inline script
    /// or style, no plugins, not framed. Without 'unsafe-inline', a <c>style="..."</c> attribute in markup (or one set with
    /// setAttribute) is refused by the browser; styles set from script through the CSSOM (<c>el.style.width = "40%"</c>,
    /// <c>el.style.cssText</c>) are allowed, so review.js sets every style that way.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; " +
        "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                headers.CacheControl = "no-store";
                headers.Pragma = "no-cache";
            }

            return Task.CompletedTask;
        });
        return next(context);
    });
}
