using Moderation.Service.Review.Queue;

namespace Moderation.Service.Review.Api;

/// <summary>The 202 answer to a decision that is recorded (out of the queue, kept, in the outbox) but not yet published to the CMS.</summary>
public sealed record RecordedView(ReviewItem Item, string Detail)
{
    /// <summary>What the UI tells the moderator: nothing to redo, the CMS gets it once the broker is back.</summary>
    public const string Waiting = "Keputusan tersimpan, tetapi belum terkirim ke CMS karena layanan pesan sedang tidak tersedia. Keputusan akan dikirim otomatis; tidak perlu diulang.";
}
