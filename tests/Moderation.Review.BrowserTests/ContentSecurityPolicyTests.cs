using Microsoft.Playwright;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

/// <summary>The review UI works under its Content-Security-Policy (no 'unsafe-inline'): nothing is refused, and styles set from
/// script (the score bars) still apply.</summary>
public sealed class ContentSecurityPolicyTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Signing_in_and_opening_an_item_under_the_policy_violates_nothing_and_the_score_bars_have_their_width()
    {
        var id = await browser.FlagAsync(FlaggedComments.Hate(priority: 98));
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1366, Height = 800 }, Locale = "id-ID" });
        await context.AddInitScriptAsync("window.__violations = []; document.addEventListener('securitypolicyviolation', e => window.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`));");
        var page = await context.NewPageAsync();

        var document = await page.GotoAsync(new Uri(browser.BaseAddress, "/review/").ToString());
        await page.FillAsync("#signin-id", Moderators.Siti);
        await page.FillAsync("#signin-password", Moderators.PasswordOf(Moderators.Siti));
        await page.ClickAsync("#signin-submit");
        await page.WaitForSelectorAsync($"#queue li.selected[data-comment-id='{id}']");
        await page.Locator(".scores .bar span").First.WaitForAsync();

        (await document!.HeaderValueAsync("content-security-policy")).Should().Contain("style-src 'self'").And.NotContain("unsafe-inline");
        (await page.EvaluateAsync<string[]>("() => window.__violations")).Should().BeEmpty();
        (await page.Locator(".scores .bar span").First.EvaluateAsync<string>("span => span.style.width")).Should().EndWith("%");
        await context.CloseAsync();
    }
}
