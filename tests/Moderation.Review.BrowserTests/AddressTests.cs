using Microsoft.Playwright;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

public sealed class AddressTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Each_comment_opened_has_its_address_and_Back_and_Forward_move_between_them_in_the_app()
    {
        var first = await browser.FlagAsync(FlaggedComments.Hate(priority: 99, section: "alamat", text: "Komentar pertama"));
        var second = await browser.FlagAsync(FlaggedComments.Hate(priority: 98, section: "alamat", text: "Komentar kedua"));
        var third = await browser.FlagAsync(FlaggedComments.Hate(priority: 97, section: "alamat", text: "Komentar ketiga"));
        var page = await browser.SignedInPageAsync(Moderators.Siti);
        await page.GotoAsync(new Uri(browser.BaseAddress, "/review/?section=alamat").ToString());
        await Opened(page, first, "Komentar pertama");

        await page.Keyboard.PressAsync("j");
        await Opened(page, second, "Komentar kedua");
        await page.Keyboard.PressAsync("j");
        await Opened(page, third, "Komentar ketiga");

        await page.GoBackAsync();
        await Opened(page, second, "Komentar kedua");
        await page.GoBackAsync();
        await Opened(page, first, "Komentar pertama");
        await page.GoForwardAsync();
        await Opened(page, second, "Komentar kedua");
        new Uri(page.Url).Query.Should().Contain("section=alamat");
    }

    [Fact]
    public async Task A_comment_s_address_opens_it_with_its_filters_on_load()
    {
        await browser.FlagAsync(FlaggedComments.Hate(priority: 99, section: "tautan", text: "Komentar di atas"));
        var linked = await browser.FlagAsync(FlaggedComments.Hate(priority: 10, section: "tautan", text: "Komentar yang ditautkan"));
        var page = await browser.SignedInPageAsync(Moderators.Andi);

        await page.GotoAsync(new Uri(browser.BaseAddress, $"/review/?section=tautan&item={linked}").ToString());

        await Opened(page, linked, "Komentar yang ditautkan");
        (await page.InputValueAsync("#filter-section")).Should().Be("tautan");
        (await page.Locator("#queue li").AllTextContentsAsync()).Should().HaveCount(2);
    }

    private static async Task Opened(IPage page, string commentId, string text)
    {
        await page.Locator($"#queue li.selected[data-comment-id='{commentId}']").WaitForAsync();
        await page.Locator("#comment-text", new PageLocatorOptions { HasTextString = text }).WaitForAsync();
        await page.WaitForURLAsync(url => url.Contains($"item={Uri.EscapeDataString(commentId)}", StringComparison.Ordinal));
    }
}
