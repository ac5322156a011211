using Microsoft.Playwright;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

public sealed class HostileCommentTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Hostile = "<script>window.__pwned = 'script'</script><img src=x onerror=\"window.__pwned = 'img'\"> Cina";

    [Fact]
    public async Task A_comment_with_script_and_img_onerror_shows_as_text_and_runs_nothing()
    {
        var flagged = FlaggedComments.Hate(priority: 99, text: Hostile);
        var id = await browser.FlagAsync(flagged with { Comment = flagged.Comment with { AuthorName = "<img src=x onerror=\"window.__pwned = 'author'\">" } });
        var page = await browser.SignedInPageAsync(Moderators.Siti);
        var dialogs = 0;
        page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };

        await page.WaitForSelectorAsync($"#queue li.selected[data-comment-id='{id}']");
        await page.Locator("#comment-text mark.evidence").WaitForAsync();

        (await page.Locator("#comment-text").TextContentAsync()).Should().Be(Hostile);
        (await page.Locator("#comment-text mark.evidence").TextContentAsync()).Should().Be("Cina");
        (await page.Locator("#app img, #app script").CountAsync()).Should().Be(0);
        (await page.EvaluateAsync<bool>("() => window.__pwned === undefined")).Should().BeTrue();
        (await page.Locator($"#queue li[data-comment-id='{id}'] .excerpt").TextContentAsync()).Should().Be(Hostile);
        dialogs.Should().Be(0);
    }
}
