using System.Text.RegularExpressions;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

public sealed partial class IndonesianScreenTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Categories_statuses_scores_history_timeline_and_audit_log_read_in_Indonesian()
    {
        var author = $"u-{Guid.NewGuid():N}"[..10];
        var earlier = await browser.FlagAsync(FlaggedComments.Hate(priority: 10, authorId: author, category: "insult", text: "Komentar kamu bodoh sekali"));
        var id = await browser.FlagAsync(FlaggedComments.Hate(priority: 99, authorId: author));
        var page = await browser.SignedInPageAsync(Moderators.Rina);

        await page.ClickAsync($"#queue li[data-comment-id='{id}']");
        await page.Locator("#reject:not([disabled])").WaitForAsync();

        var row = await page.Locator($"#queue li[data-comment-id='{id}']").TextContentAsync();
        row.Should().Contain("Ujaran kebencian").And.Contain("Ditandai mesin");
        var detail = await page.Locator("#detail").TextContentAsync();
        (await page.Locator("#detail .scores").TextContentAsync()).Should().Contain("Ujaran kebencian").And.Contain("Kata kasar");
        detail.Should().Contain($"{earlier}: ditandai").And.Contain("ditandai mesin (Ujaran kebencian)");
        WireWords().IsMatch(row + detail).Should().BeFalse("no wire value is shown: {0}", row + detail);

        await page.Keyboard.PressAsync("d");
        await page.Locator($"#queue li[data-comment-id='{id}']").WaitForAsync(new() { State = Microsoft.Playwright.WaitForSelectorState.Detached });
        await page.Locator($"#queue li.selected[data-comment-id='{earlier}']").WaitForAsync();
        await page.Locator("#detail", new() { HasTextString = $"{id}: ditolak" }).WaitForAsync();
        await page.ClickAsync("#admin");

        var entry = page.Locator("#detail li", new() { HasTextString = $"memutuskan {id}" });
        await entry.First.WaitForAsync();
        (await entry.First.TextContentAsync()).Should().Contain($"{Moderators.Rina}: memutuskan {id} → ditolak (Ujaran kebencian), sebelumnya ditandai");
    }

    [GeneratedRegex(@"\b(hate|insult|profanity|flagged|rejected|approved|decided)\b")]
    private static partial Regex WireWords();
}
