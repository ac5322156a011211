using Microsoft.AspNetCore.Authentication.Cookies;
using Moderation.Service.Review.Accounts;
using Moderation.Service.Review.Audit;
using Moderation.Service.Review.Authors;
using Moderation.Service.Review.Queue;

namespace Moderation.Service.Tests.Review;

public sealed class InMemoryReviewStoreTests : ReviewStoreContract
{
    protected override IReviewQueue Queue { get; } = new InMemoryReviewQueue(TimeProvider.System);

    protected override IAuditLog Audit { get; } = new InMemoryAuditLog();

    protected override IAuthorHistoryStore Authors { get; } = new InMemoryAuthorHistoryStore();

    protected override ITicketStore Sessions { get; } = new InMemoryReviewSessions(TimeProvider.System);
}
