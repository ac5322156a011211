using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

/// <summary>Right-to-left overrides and other invisible format characters cannot reorder what the moderator sees: they are
/// shown as visible marks and every user-supplied string is isolated.</summary>
public sealed class BidiTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Override = "\u202E";

    [Fact]
    public async Task An_override_in_the_text_and_the_author_name_is_shown_as_a_mark_and_reorders_nothing()
    {
        var flagged = FlaggedComments.Hate(priority: 97, text: $"Dasar Cina, hubungi {Override}081234567890 sekarang");
        var comment = flagged.Comment with { AuthorName = $"{Override}nimdA", ArticleTitle = $"Berita {Override}lanjut" };
        var id = await browser.FlagAsync(flagged with { Comment = comment });
        var page = await browser.SignedInPageAsync(Moderators.Siti);

        await page.ClickAsync($"#queue li[data-comment-id='{id}']");
        await page.WaitForSelectorAsync($"#queue li.selected[data-comment-id='{id}']");
        await page.Locator("#comment-text .control").WaitForAsync();

        var text = await page.Locator("#comment-text").InnerTextAsync();
        text.Should().Contain("081234567890").And.Contain("⟨U+202E⟩").And.NotContain(Override);
        (await page.Locator("#detail .author bdi").First.InnerTextAsync()).Should().Be("⟨U+202E⟩nimdA");
        (await page.Locator("#detail h2 bdi").InnerTextAsync()).Should().Be("Berita ⟨U+202E⟩lanjut");
        var row = page.Locator($"#queue li[data-comment-id='{id}']");
        (await row.Locator(".excerpt").GetAttributeAsync("dir")).Should().Be("auto");
        (await row.Locator(".excerpt").TextContentAsync()).Should().NotContain(Override);
        (await row.Locator("bdi").CountAsync()).Should().Be(2, "the author name and the article title are each isolated");
        // The digits are laid out left to right: each one starts to the right of the one before.
        var lefts = await page.EvaluateAsync<double[]>(@"() => {
            const node = [...document.querySelectorAll('#comment-text')][0];
            const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
            let t; while ((t = walker.nextNode()) && !t.data.includes('081234567890')) {}
            const at = t.data.indexOf('081234567890');
            return [...'081234567890'].map((_, i) => { const r = document.createRange(); r.setStart(t, at + i); r.setEnd(t, at + i + 1); return r.getBoundingClientRect().left; });
        }");
        lefts.Should().BeInAscendingOrder();
    }
}
