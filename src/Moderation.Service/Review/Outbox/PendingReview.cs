using Moderation.Contracts;
using Moderation.Formats.Audit;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Outbox;

/// <summary>A moderator's decision recorded in the outbox: the CommentReviewed to publish under its message id, and the writes that follow it.</summary>
/// <param name="MessageId">The deterministic AMQP message_id; every (re)publish of this decision carries it.</param>
/// <param name="Decided">The decided item as it is kept (its timeline ends with the decision).</param>
/// <param name="Audit">The audit entry, also the labelled example for retraining; appended once under <paramref name="MessageId"/>.</param>
public sealed record PendingReview(Guid MessageId, CommentReviewed Event, ReviewItem Decided, AuditEntry Audit, DateTimeOffset RecordedAt);
