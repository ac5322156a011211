using Microsoft.Extensions.Options;
using Moderation.Service.Configuration;
using Moderation.Service.Stores;

namespace Moderation.Service.Tests.Stores;

public sealed class InMemoryStoreTests : StoreContract
{
    protected override IDecisionStore Decisions { get; } = new InMemoryDecisionStore(Options.Create(new ModerationOptions()), TimeProvider.System);

    protected override IScoreCache Scores { get; } = new InMemoryScoreCache();

    protected override IAuthorVelocity Velocity { get; } = new InMemoryAuthorVelocity();

    protected override ICampaignTracker Campaigns { get; } = new InMemoryCampaignTracker();
}
