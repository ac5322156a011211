using Microsoft.Playwright;
using Moderation.Service.Tests.Hosting;
using Moderation.Testing;

namespace Moderation.Review.BrowserTests;

public sealed class KeyboardReviewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_moderator_signs_in_sees_the_evidence_and_rejects_with_the_keyboard()
    {
        await browser.FlagAsync(FlaggedComments.Hate(priority: 45, authorId: "u-raka", section: "politik", category: "insult", text: "Komentar kamu bodoh sekali, baca dulu beritanya"));
        await browser.FlagAsync(FlaggedComments.Hate(priority: 70, authorId: "u-joko", section: "nasional", category: "profanity", text: "anjing lu semua, berita sampah",
            decidedAt: DateTimeOffset.UtcNow.AddHours(-30)));
        var id = await browser.FlagAsync(FlaggedComments.Hate(priority: 90, authorId: "u-42", text: "Dasar Cina semua sama saja, usir saja dari sini"));
        var page = await browser.SignedInPageAsync(Moderators.Siti);

        await page.WaitForSelectorAsync($"#queue li.selected[data-comment-id='{id}']");
        var mark = page.Locator("#comment-text mark.evidence");
        await mark.WaitForAsync();
        (await mark.TextContentAsync()).Should().Be("Cina");
        (await page.Locator("#comment-text").TextContentAsync()).Should().Be("Dasar Cina semua sama saja, usir saja dari sini");
        (await page.Locator("#detail").TextContentAsync()).Should().Contain("UU ITE Pasal 28 ayat (2)");
        await page.Locator("#reject:not([disabled])").WaitForAsync();

        await page.Keyboard.PressAsync("d");

        var reviewed = await Eventually.GetAsync(() => Task.FromResult(browser.Probe.ReviewedFor(id)), m => m.Count > 0, TimeSpan.FromSeconds(30), "CommentReviewed");
        reviewed[0].Json.GetProperty("outcome").GetString().Should().Be("rejected");
        reviewed[0].Json.GetProperty("category").GetString().Should().Be("hate");
        reviewed[0].Json.GetProperty("moderatorId").GetString().Should().Be(Moderators.Siti);
        await page.Locator($"#queue li[data-comment-id='{id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
    }

    [Fact]
    public async Task The_help_button_opens_the_keyboard_help_and_Escape_closes_it()
    {
        var page = await browser.SignedInPageAsync(Moderators.Andi);

        await page.ClickAsync("#help-button");
        await page.Locator("#help:not([hidden])").WaitForAsync();
        await page.Keyboard.PressAsync("Escape");

        await page.Locator("#help").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Hidden });
    }

    [Fact]
    public async Task The_question_mark_opens_the_keyboard_help()
    {
        var page = await browser.SignedInPageAsync(Moderators.Andi);

        await page.Keyboard.PressAsync("?");

        await page.Locator("#help:not([hidden])").WaitForAsync();
        (await page.Locator("#help").TextContentAsync()).Should().Contain("setujui").And.Contain("tolak");
    }
}
