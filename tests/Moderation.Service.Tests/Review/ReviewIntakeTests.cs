using Microsoft.Extensions.Options;
using Moderation.Contracts;
using Moderation.Service.DecisionIdentity;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Desk;
using Moderation.Service.Review.Queue;
using Moderation.Service.Tests.Hosting;

namespace Moderation.Service.Tests.Review;

/// <summary>How the machine's flags enter the queue, against what moderators already decided.</summary>
public sealed class ReviewIntakeTests
{
    private const string Text = "Dasar kalian semua sama saja, pergi sana";

    private readonly InMemoryReviewQueue _queue = new(TimeProvider.System);
    private readonly ReviewIntake _intake;

    public ReviewIntakeTests() => _intake = new ReviewIntake(_queue, new InMemoryAuditLog(), new InMemoryAuthorHistoryStore(),
        Options.Create(new ReviewOptions()), TimeProvider.System);

    [Fact]
    public async Task A_flagged_comment_is_queued_for_its_first_round()
    {
        var (comment, flagged) = Flagged(Text);

        await _intake.RecordAsync(comment, flagged, CancellationToken.None);

        var queued = await _queue.FindAsync(flagged.CommentId, CancellationToken.None);
        queued.Should().NotBeNull();
        queued!.Round.Should().Be(1);
        queued.TextHash.Should().Be(DecisionKey.Sha256Hex(Text));
    }

    [Fact]
    public async Task A_flag_of_a_text_a_moderator_already_decided_is_not_queued_again()
    {
        var (comment, flagged) = Flagged(Text);
        await StoreDecidedAsync(flagged.CommentId, Text, round: 1);

        await _intake.RecordAsync(comment, flagged, CancellationToken.None);

        (await _queue.FindAsync(flagged.CommentId, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task A_comment_edited_after_a_moderators_decision_is_queued_for_the_next_round()
    {
        var (comment, flagged) = Flagged(Text + " (diedit)");
        await StoreDecidedAsync(flagged.CommentId, Text, round: 2);

        await _intake.RecordAsync(comment, flagged, CancellationToken.None);

        var queued = await _queue.FindAsync(flagged.CommentId, CancellationToken.None);
        queued.Should().NotBeNull();
        queued!.Round.Should().Be(3);
        queued.TextHash.Should().Be(DecisionKey.Sha256Hex(Text + " (diedit)"));
    }

    [Theory]
    [InlineData("approved")]
    [InlineData("rejected")]
    public async Task A_flagged_version_the_reader_edited_into_a_text_decided_without_a_moderator_is_withdrawn(string edit)
    {
        // A moderator's verdict on the old text would otherwise reach the CMS as the verdict on the edit.
        var (comment, flagged) = Flagged(Text, submittedAt: Noon);
        await _intake.RecordAsync(comment, flagged, CancellationToken.None);

        await _intake.RecordAsync(comment with { Text = "Semoga damai selalu", SubmittedAt = Noon.AddMinutes(2) },
            SampleDecisions.Of(edit, flagged.CommentId), CancellationToken.None);

        (await _queue.FindAsync(flagged.CommentId, CancellationToken.None)).Should().BeNull();
    }

    [Fact]
    public async Task A_redelivered_older_version_does_not_withdraw_the_flagged_edit()
    {
        var (comment, flagged) = Flagged(Text, submittedAt: Noon.AddMinutes(2));
        await _intake.RecordAsync(comment, flagged, CancellationToken.None);

        await _intake.RecordAsync(comment with { Text = "Semoga damai selalu", SubmittedAt = Noon },
            SampleDecisions.Of("approved", flagged.CommentId), CancellationToken.None);

        (await _queue.FindAsync(flagged.CommentId, CancellationToken.None))!.TextHash.Should().Be(DecisionKey.Sha256Hex(Text));
    }

    [Fact]
    public async Task A_readers_report_stays_queued_when_the_comment_is_edited()
    {
        var (comment, flagged) = Flagged(Text, submittedAt: Noon);
        await _intake.RecordAsync(comment, flagged, CancellationToken.None);
        await _queue.UpdateAsync(flagged.CommentId, item => item with { Status = ReviewStatus.Reported }, CancellationToken.None);

        await _intake.RecordAsync(comment with { Text = "Semoga damai selalu", SubmittedAt = Noon.AddMinutes(2) },
            SampleDecisions.Of("approved", flagged.CommentId), CancellationToken.None);

        (await _queue.FindAsync(flagged.CommentId, CancellationToken.None)).Should().NotBeNull();
    }

    private static readonly DateTimeOffset Noon = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private async Task StoreDecidedAsync(string commentId, string text, int round)
    {
        var (comment, flagged) = Flagged(text, commentId);
        await _intake.RecordAsync(comment, flagged, CancellationToken.None);
        var removal = await _queue.RemoveAsync(commentId, "mod-siti", CancellationToken.None);
        var decided = removal.Item! with { Round = round };
        await _queue.StoreDecidedAsync(decided.With(new TimelineEntry("decided", DateTimeOffset.UtcNow, "mod-siti", "rejected (insult)")),
            TimeSpan.FromHours(1), CancellationToken.None);
    }

    private static (CommentSubmitted Comment, CommentFlagged Flagged) Flagged(string text, string? commentId = null, DateTimeOffset? submittedAt = null)
    {
        var id = commentId ?? Comments.NewId();
        var flagged = (CommentFlagged)SampleDecisions.Of("flagged", id);
        var comment = new CommentSubmitted { CommentId = id, ArticleId = "a-1", AuthorId = "u-1", Text = text, Section = "politik", SubmittedAt = submittedAt };
        return (comment, flagged);
    }
}
