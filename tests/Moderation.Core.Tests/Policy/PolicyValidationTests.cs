using System.Text.Json.Nodes;
using Moderation.Policy;

namespace Moderation.Core.Tests.Policy;

public class PolicyValidationTests
{
    private static IReadOnlyList<PolicyError> Errors(string json) => ModerationPolicy.Validate(json, out _);

    [Fact]
    public void Accepts_a_valid_policy() => Errors(PolicyJson.Valid).Should().BeEmpty();

    [Fact]
    public void Reports_a_missing_version() =>
        Errors(PolicyJson.With(root => root.Remove("version"))).Should().ContainSingle().Which.Path.Should().Be("$.version");

    [Fact]
    public void Reports_an_unknown_category_by_its_path()
    {
        var json = PolicyJson.With(root => root["categories"]!["trolling"] = JsonNode.Parse("""{ "flag": 0.5, "priority": 10, "signals": {} }"""));
        var error = Errors(json).Should().ContainSingle().Subject;
        error.Path.Should().Be("$.categories.trolling");
        error.Message.Should().Contain("unknown category 'trolling'");
    }

    [Fact]
    public void Reports_an_unknown_signal()
    {
        var error = Errors(PolicyJson.With(root => root.Category("threat")["signals"]!["model:Sarcasm"] = new JsonObject()))
            .Should().ContainSingle().Subject;
        error.Path.Should().Be("$.categories.threat.signals.model:Sarcasm");
        error.Message.Should().StartWith("unknown signal 'model:Sarcasm'");
    }

    [Fact]
    public void Reports_a_cites_law_setting_that_is_not_true_or_false() =>
        Errors(PolicyJson.With(root => root.Category("profanity")["signals"]!["model:Abusive"] = JsonNode.Parse("""{ "citesLaw": "no" }""")))
            .Should().ContainSingle().Which.Path.Should().Be("$.categories.profanity.signals.model:Abusive.citesLaw");

    [Fact]
    public void Reports_a_rule_signal_as_a_corroborator() =>
        Errors(PolicyJson.With(root => root.Category("profanity")["signals"]!["model:Abusive"] = JsonNode.Parse("""{ "corroboratedBy": ["rule:spam"] }""")))
            .Should().ContainSingle().Which.Path.Should().Be("$.categories.profanity.signals.model:Abusive.corroboratedBy[0]");

    [Fact]
    public void Reports_corroborators_that_are_not_a_list() =>
        Errors(PolicyJson.With(root => root.Category("profanity")["signals"]!["model:Abusive"] = JsonNode.Parse("""{ "corroboratedBy": "model:HS" }""")))
            .Should().ContainSingle().Which.Message.Should().Contain("non-empty array");

    [Fact]
    public void Reports_an_unknown_signal_a_rejection_depends_on() =>
        Errors(PolicyJson.With(root => root.Category("gambling")["signals"]!["model:Gambling"] = JsonNode.Parse("""{ "rejectsOnlyWith": { "rule:gambling-brand": 0.5 } }""")))
            .Should().ContainSingle().Which.Path.Should().Be("$.categories.gambling.signals.model:Gambling.rejectsOnlyWith.rule:gambling-brand");

    [Fact]
    public void Reports_an_unknown_counter_signal() =>
        Errors(PolicyJson.With(root => root.Category("gambling")["counters"]!["rule:nonsense"] = 0.5))
            .Should().ContainSingle().Which.Path.Should().Be("$.categories.gambling.counters.rule:nonsense");

    [Theory]
    [InlineData("flag", 1.5)]
    [InlineData("flag", -0.1)]
    [InlineData("reject", 2.0)]
    public void Reports_a_threshold_outside_zero_to_one(string field, double value)
    {
        var error = Errors(PolicyJson.With(root => root.Category("gambling")[field] = value)).Should().ContainSingle().Subject;
        error.Path.Should().Be($"$.categories.gambling.{field}");
        error.Message.Should().Contain("outside 0..1");
    }

    [Theory]
    [InlineData("threat", "flag")]
    [InlineData("gambling", "reject")]
    public void Reports_a_threshold_of_zero_that_every_comment_reaches(string category, string field)
    {
        var error = Errors(PolicyJson.With(root => root.Category(category)[field] = 0)).Should().ContainSingle().Subject;
        error.Path.Should().Be($"$.categories.{category}.{field}");
        error.Message.Should().Contain("must be above 0");
    }

    [Fact]
    public void Reports_a_section_override_with_a_flag_threshold_of_zero() =>
        Errors(PolicyJson.With(root => root["sections"]!["anak"]!["profanity"]!["flag"] = 0))
            .Should().ContainSingle().Which.Path.Should().Be("$.sections.anak.profanity.flag");

    [Fact]
    public void Reports_sections_whose_names_differ_only_in_case()
    {
        var json = PolicyJson.With(root => root["sections"]!["Anak"] = JsonNode.Parse("""{ "profanity": { "flag": 0.9 } }"""));
        var error = Errors(json).Should().ContainSingle().Subject;
        error.Path.Should().Be("$.sections.Anak");
        error.Message.Should().Contain("'Anak'").And.Contain("'anak'").And.Contain("differ only in case");
    }

    [Fact]
    public void Reports_a_reject_threshold_below_the_flag_threshold()
    {
        var error = Errors(PolicyJson.With(root => root.Category("gambling")["reject"] = 0.5)).Should().ContainSingle().Subject;
        error.Path.Should().Be("$.categories.gambling.reject");
        error.Message.Should().Contain("below flag");
    }

    [Fact]
    public void Reports_a_threshold_that_is_not_a_number() =>
        Errors(PolicyJson.With(root => root.Category("threat")["flag"] = "high")).Should().ContainSingle()
            .Which.Message.Should().Contain("the string \"high\"");

    [Fact]
    public void Reports_a_priority_outside_its_range() =>
        Errors(PolicyJson.With(root => root.Category("threat")["priority"] = 250)).Should().ContainSingle()
            .Which.Path.Should().Be("$.categories.threat.priority");

    [Fact]
    public void Reports_a_legal_category_without_its_article() =>
        Errors(PolicyJson.With(root => root.Category("threat").Remove("law"))).Should().ContainSingle()
            .Which.Path.Should().Be("$.categories.threat.law");

    [Fact]
    public void Reports_an_unknown_category_in_a_section() =>
        Errors(PolicyJson.With(root => root["sections"]!["anak"]!["cursing"] = JsonNode.Parse("""{ "flag": 0.3 }""")))
            .Should().ContainSingle().Which.Path.Should().Be("$.sections.anak.cursing");

    [Fact]
    public void Reports_a_section_override_of_a_category_the_policy_does_not_define() =>
        Errors(PolicyJson.With(root => root["sections"]!["anak"]!["hate"] = JsonNode.Parse("""{ "flag": 0.3 }""")))
            .Should().ContainSingle().Which.Message.Should().Contain("does not define");

    [Fact]
    public void Reports_a_section_override_that_puts_reject_below_flag() =>
        Errors(PolicyJson.With(root => root["sections"]!["anak"]!["gambling"] = JsonNode.Parse("""{ "flag": 0.99 }""")))
            .Should().ContainSingle().Which.Path.Should().Be("$.sections.anak.gambling.reject");

    [Fact]
    public void Reports_duplicate_keys()
    {
        var json = PolicyJson.Valid.Replace("\"flag\": 0.5,", "\"flag\": 0.5, \"flag\": 0.9,");
        var error = Errors(json).Should().ContainSingle().Subject;
        error.Path.Should().Be("$.categories.threat.flag");
        error.Message.Should().Contain("duplicate key");
    }

    [Fact]
    public void Reports_an_unknown_property() =>
        Errors(PolicyJson.With(root => root.Category("threat")["treshold"] = 0.5)).Should().ContainSingle()
            .Which.Path.Should().Be("$.categories.threat.treshold");

    [Fact]
    public void Reports_missing_campaign_settings() =>
        Errors(PolicyJson.With(root => root.Remove("campaign"))).Should().ContainSingle().Which.Path.Should().Be("$.campaign");

    [Fact]
    public void Reports_text_that_is_not_json() =>
        Errors("{ \"version\": ").Should().ContainSingle().Which.Message.Should().StartWith("not valid JSON");

    [Fact]
    public void Collects_every_error_at_once()
    {
        var json = PolicyJson.With(root =>
        {
            root.Remove("version");
            root.Category("threat")["flag"] = 3;
            root.Category("gambling")["signals"]!["rule:unknown"] = new JsonObject();
        });

        Errors(json).Select(e => e.Path).Should().BeEquivalentTo(
            "$.version", "$.categories.threat.flag", "$.categories.gambling.signals.rule:unknown");
    }

    [Fact]
    public void Never_loads_an_invalid_policy()
    {
        var json = PolicyJson.With(root => root.Remove("version"));
        var load = () => ModerationPolicy.Parse(json, "policy.json");
        load.Should().Throw<InvalidPolicyException>().Which.Errors.Should().ContainSingle().Which.Path.Should().Be("$.version");
        ModerationPolicy.Validate(json, out var policy);
        policy.Should().BeNull();
    }
}
