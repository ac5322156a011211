using System.Text.Json;
using Moderation.Cli.Load;
using Moderation.Policy;
using Moderation.Testing;

namespace Moderation.Cli.Tests.Load;

public class CommentSourceTests
{
    [Fact]
    public void Generated_comments_differ_in_their_letters_except_the_campaign_copies()
    {
        var texts = CommentSource.Texts(30_000, csvPath: null, textColumn: "text");

        // The service's campaign fingerprint keeps only the letters, so comments that differ in digits alone are one campaign.
        var byLetters = texts.GroupBy(Letters).ToList();
        var copies = byLetters.Where(group => group.Count() > 1).Sum(group => group.Count());

        copies.Should().Be(30_000 / CommentSource.CampaignEvery);
        byLetters.Count(group => group.Count() > 1).Should().BeGreaterThan(1).And.BeLessThan(10);
    }

    [Fact]
    public void The_measured_run_repeats_no_warm_up_comment_but_the_campaign_copies()
    {
        var (warmup, measured) = CommentSource.Runs(10_000, 20_000, csvPath: null, textColumn: "text");

        warmup.Should().HaveCount(10_000);
        measured.Should().HaveCount(20_000);
        measured.Intersect(warmup).Should().HaveCountLessThan(10);
    }

    [Fact]
    public void By_default_no_reader_posts_more_than_the_policys_velocity_limit_in_a_run()
    {
        var velocity = ModerationPolicy.Load(RepositoryLayout.ShippedPolicy).Velocity;
        var (warmup, measured) = CommentSource.Runs(40_000, 60_000, csvPath: null, textColumn: "text");

        var authors = CommentSource.Bodies("warm", warmup, CommentSource.DefaultAuthors)
            .Concat(CommentSource.Bodies("run", measured, CommentSource.DefaultAuthors))
            .Select(body => JsonDocument.Parse(body).RootElement.GetProperty("authorId").GetString()!);

        authors.CountBy(author => author).Max(count => count.Value).Should().BeLessThanOrEqualTo(velocity.MaxComments);
    }

    private static string Letters(string text) => new([.. text.Where(char.IsLetter).Select(char.ToLowerInvariant)]);
}
