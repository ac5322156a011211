using Microsoft.Playwright;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

public sealed class AdminTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_admin_registers_an_urgent_takedown_order_and_sees_it_queued_and_audited()
    {
        var id = await browser.FlagAsync(FlaggedComments.Hate(priority: 20));
        var page = await browser.SignedInPageAsync(Moderators.Rina);
        await page.WaitForSelectorAsync($"#queue li[data-comment-id='{id}']");

        await page.ClickAsync("#admin");
        await page.FillAsync("#takedown-reference", "KOMDIGI/2026/0042");
        await page.FillAsync("#takedown-ids", id);
        await page.CheckAsync("#takedown-urgent");
        await page.ClickAsync("form.decide button[type=submit]");

        var row = page.Locator($"#queue li[data-comment-id='{id}'] .badge.takedown");
        await row.WaitForAsync();
        await page.ClickAsync("#admin");
        await page.Locator("#detail li", new PageLocatorOptions { HasTextString = "KOMDIGI/2026/0042" }).First.WaitForAsync();
        (await page.Locator("#detail").TextContentAsync()).Should().Contain($"{Moderators.Rina}: perintah takedown");
    }

    [Fact]
    public async Task A_moderator_has_no_admin_button()
    {
        var page = await browser.SignedInPageAsync(Moderators.Siti);

        (await page.Locator("#admin").IsHiddenAsync()).Should().BeTrue();
    }
}
