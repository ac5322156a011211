using Moderation.Decisions;
using Moderation.Policy;

namespace Moderation.Core.Tests.Policy;

public class PolicyLoadingTests
{
    [Fact]
    public void Loads_the_shipped_policy_with_its_version()
    {
        var policy = ModerationPolicy.Load(PolicyJson.ShippedPath);
        policy.Version.Should().Be("uu-ite-2024.2");
    }

    [Fact]
    public void Every_model_reason_the_shipped_policy_can_give_comes_from_a_head_sure_enough_to_keep_its_drivers()
    {
        var policy = ModerationPolicy.Load(PolicyJson.ShippedPath);

        // A model reason needs probability x weight x counter >= flag; counters only dampen, so the head is at least flag / weight sure.
        var lowest = policy.Sections.Append(null).SelectMany(section => policy.For(section))
            .SelectMany(category => category.Signals.Where(s => s.IsModel).Select(s => category.Flag / s.Weight))
            .ToList();

        lowest.Should().NotBeEmpty().And.OnlyContain(sure => sure >= Moderation.Scoring.HeadScores.ExplainedFrom);
    }

    [Fact]
    public void Ships_a_policy_that_covers_every_category_of_the_domain()
    {
        var policy = ModerationPolicy.Load(PolicyJson.ShippedPath);
        policy.Categories.Select(c => c.Category).Should().BeEquivalentTo(Enum.GetValues<Category>().Where(c => c != Category.Invalid));
    }

    [Fact]
    public void Ships_a_policy_whose_legal_categories_cite_their_article()
    {
        var policy = ModerationPolicy.Load(PolicyJson.ShippedPath);
        policy.Categories.Single(c => c.Category == Category.Hate).Law.Should().Be("UU ITE Pasal 28 ayat (2)");
        policy.Categories.Single(c => c.Category == Category.PersonalData).Law.Should().Be("UU PDP Pasal 65 ayat (2)");
        policy.Categories.Where(c => c.Category is Category.Profanity or Category.Insult or Category.Spam).Should().OnlyContain(c => c.Law == null);
    }

    [Fact]
    public void Ships_a_policy_that_never_auto_rejects_hate_threats_or_false_news()
    {
        var policy = ModerationPolicy.Load(PolicyJson.ShippedPath);
        policy.Categories.Where(c => c.Category is Category.Hate or Category.Threat or Category.FalseNews).Should().OnlyContain(c => c.Reject == null);
    }

    [Fact]
    public void Reads_categories_thresholds_signals_and_counters()
    {
        var gambling = ModerationPolicy.Parse(PolicyJson.Valid).Categories.Single(c => c.Category == Category.Gambling);
        gambling.Flag.Should().Be(0.6);
        gambling.Reject.Should().Be(0.95);
        gambling.Priority.Should().Be(70);
        gambling.Signals.Select(s => s.Signal).Should().Equal("model:Gambling", "rule:gambling");
        gambling.Counters.Should().ContainKey("rule:gambling-opposed").WhoseValue.Should().Be(0.3);
    }

    [Fact]
    public void Reads_the_heads_that_must_corroborate_a_kind_head()
    {
        var hate = ModerationPolicy.Load(PolicyJson.ShippedPath).Categories.Single(c => c.Category == Category.Hate);
        hate.Signals.Single(s => s.Signal == "model:HS_Religion").CorroboratedBy.Should().Equal("model:HS", "model:HS_Group");
    }

    [Fact]
    public void Reads_the_rule_a_model_head_needs_before_it_may_reject()
    {
        var gambling = ModerationPolicy.Load(PolicyJson.ShippedPath).Categories.Single(c => c.Category == Category.Gambling);
        gambling.Signals.Single(s => s.Signal == "model:Gambling").RejectsOnlyWith.Should().ContainKey("rule:gambling");
    }

    [Fact]
    public void Reads_the_campaign_and_velocity_settings()
    {
        var policy = ModerationPolicy.Parse(PolicyJson.Valid);
        policy.Campaign.Should().Be(new CampaignSettings(3, 600));
        policy.Velocity.Should().Be(new VelocitySettings(10, 60));
    }

    [Fact]
    public void Applies_a_section_override_over_the_site_wide_rule()
    {
        var policy = ModerationPolicy.Parse(PolicyJson.Valid);
        var profanity = policy.For("anak").Single(c => c.Category == Category.Profanity);
        profanity.Flag.Should().Be(0.4);
        profanity.Priority.Should().Be(40);
    }

    [Fact]
    public void Leaves_other_categories_of_an_overridden_section_as_they_are()
    {
        var policy = ModerationPolicy.Parse(PolicyJson.Valid);
        policy.For("anak").Single(c => c.Category == Category.Gambling).Should().Be(policy.Categories.Single(c => c.Category == Category.Gambling));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("politik")]
    public void Uses_the_site_wide_rules_for_a_section_without_overrides(string? section) =>
        ModerationPolicy.Parse(PolicyJson.Valid).For(section).Single(c => c.Category == Category.Profanity).Flag.Should().Be(0.7);

    [Fact]
    public void Matches_section_names_regardless_of_case() =>
        ModerationPolicy.Parse(PolicyJson.Valid).For("Anak").Single(c => c.Category == Category.Profanity).Flag.Should().Be(0.4);

    [Fact]
    public void Lets_a_section_switch_off_rejection_with_null()
    {
        var json = PolicyJson.With(root => root["sections"]!["anak"]!["gambling"] = new System.Text.Json.Nodes.JsonObject { ["reject"] = null });
        ModerationPolicy.Parse(json).For("anak").Single(c => c.Category == Category.Gambling).Reject.Should().BeNull();
    }
}
