using System.Text.Json;
using Microsoft.Playwright;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Review.BrowserTests;

public sealed class DeferredDecisionTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_decision_answered_202_tells_the_moderator_it_is_kept_and_moves_on()
    {
        const string detail = "Keputusan tersimpan, tetapi belum terkirim ke CMS karena layanan pesan sedang tidak tersedia.";
        var id = await browser.FlagAsync(FlaggedComments.Hate(priority: 100, authorId: $"u-{Guid.NewGuid():N}"));
        var page = await browser.SignedInPageAsync(Moderators.Siti);
        // The service's answer while the broker is down (OutboxRelayTests checks the service gives it); here only what the UI does with it.
        await page.RouteAsync($"**/api/review/items/{id}/decision", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 202,
            ContentType = "application/json",
            Body = JsonSerializer.Serialize(new { item = new { commentId = id }, detail }),
        }));
        await page.WaitForSelectorAsync($"#queue li.selected[data-comment-id='{id}']");
        await page.Locator("#approve:not([disabled])").WaitForAsync();

        await page.Keyboard.PressAsync("f");

        await page.Locator($"#queue li[data-comment-id='{id}']").WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Detached });
        (await page.Locator("#status").TextContentAsync()).Should().Be(detail);
    }
}
