using Microsoft.Playwright;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

/// <summary>Comments decided by the service itself (the shipped model, rules and policy), as the CMS sends them.</summary>
public sealed class ModelEvidenceTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_comment_flagged_by_the_model_shows_the_words_that_drove_its_score()
    {
        var hate = await SubmitAsync("Cina-cina itu memang penjajah, usir saja semua dari negeri ini", "u-wira", "wira_p");
        var insult = await SubmitAsync("Dasar kampungan lu, baca berita aja gak becus", "u-dodi", "dodi88");
        var page = await browser.SignedInPageAsync(Moderators.Siti);

        await page.Locator($"#queue li.selected[data-comment-id='{hate}']").WaitForAsync();
        await page.Locator("#comment-text mark.evidence").First.WaitForAsync();
        (await page.Locator("#comment-text mark.evidence").AllTextContentsAsync()).Should().Contain("Cina-cina").And.NotContain("itu");
        await page.Locator("#reject:not([disabled])").WaitForAsync();
        await SaveScreenshotAsync(page);

        await page.ClickAsync($"#queue li[data-comment-id='{insult}']");
        await page.Locator("#comment-text", new PageLocatorOptions { HasTextString = "kampungan" }).WaitForAsync();
        (await page.Locator("#detail .reasons").TextContentAsync()).Should().Contain("model").And.NotContain("aturan");
        (await page.Locator("#comment-text mark.evidence").AllTextContentsAsync()).Should().Contain("kampungan").And.NotContain("berita");
    }

    private async Task<string> SubmitAsync(string text, string authorId, string authorName)
    {
        var comment = Comments.Valid(text: text, authorId: authorId);
        comment["authorName"] = authorName;
        comment["articleTitle"] = "Ribuan Warga Rayakan Imlek di Glodok";
        comment["articleUrl"] = "https://news.example/metropolitan/a-8810";
        comment["section"] = "metropolitan";
        await browser.Probe.PublishAsync(comment);
        var id = (string)comment["commentId"]!;
        var decision = await browser.Probe.WaitForAsync(id, TimeSpan.FromSeconds(30));
        decision.Exchange.Should().Be(Moderation.Contracts.ModerationTopology.CommentFlaggedExchange);
        return id;
    }

    /// <summary>Writes the queue screenshot for the review guide (src/Moderation.Service/Review/README.md) when MODERATION_SCREENSHOT names a file.</summary>
    private static async Task SaveScreenshotAsync(IPage page)
    {
        if (Environment.GetEnvironmentVariable("MODERATION_SCREENSHOT") is { Length: > 0 } path)
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path });
        }
    }
}
