using Moderation.Decisions;
using Moderation.Pipeline;

namespace Moderation.Core.Tests.Pipeline;

public class DecisionPipelineTests
{
    [Fact]
    public void Approves_a_clean_comment_with_no_reasons_and_priority_zero()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("Semoga perdamaian segera tercapai."));
        verdict.Decision.Should().Be(Decision.Approved);
        verdict.Reasons.Should().BeEmpty();
        verdict.Priority.Should().Be(0);
    }

    [Fact]
    public void Carries_the_model_and_policy_versions()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("Semoga perdamaian segera tercapai."));
        verdict.ModelVersion.Should().Be("fake-1");
        verdict.PolicyVersion.Should().Be("uu-ite-2024.2");
    }

    [Fact]
    public void Reports_one_score_per_model_scored_category_by_wire_name()
    {
        var verdict = Pipelines.With(("Abusive", 0.41f), ("Gambling", 0.01f)).Decide(new CommentInput("biasa saja"));
        verdict.Scores.Keys.Should().BeEquivalentTo("profanity", "insult", "hate", "gambling");
        verdict.Scores["profanity"].Should().BeApproximately(0.41, 1e-6);
        verdict.Scores.Values.Should().OnlyContain(s => s >= 0 && s <= 1);
    }

    [Fact]
    public void Flags_an_insult_aimed_at_an_institution_as_low_priority_profanity_never_defamation()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("Kemenkes mulut comberan, ngomong doang hebat"));

        verdict.Decision.Should().Be(Decision.Flagged);
        verdict.Priority.Should().Be(20);
        verdict.Reasons.Should().OnlyContain(r => r.Category == Category.Profanity && r.Source == ReasonSource.Rule);
        verdict.Reasons.Should().ContainSingle().Which.Evidence.Should().ContainSingle().Which.Text.Should().Be("mulut comberan");
    }

    [Fact]
    public void Dampens_the_abusive_head_on_abuse_that_is_reported_not_hurled() =>
        Pipelines.With(("Abusive", 0.95f), ("HS_Individual", 0.9f))
            .Decide(new CommentInput("Pelatih mengaku disebut goblok oleh oknum suporter usai laga."))
            .Decision.Should().Be(Decision.Approved);

    [Fact]
    public void Flags_a_threat_with_the_article_29_reason_and_the_readers_words()
    {
        const string comment = "Awas kau, kubakar rumahmu malam ini";
        var verdict = Pipelines.With().Decide(new CommentInput(comment));

        verdict.Decision.Should().Be(Decision.Flagged);
        verdict.Priority.Should().Be(100);
        verdict.Reasons.Should().OnlyContain(r => r.Category == Category.Threat && r.Law == "UU ITE Pasal 29" && r.Source == ReasonSource.Rule);
        var violence = verdict.Reasons.Should().ContainSingle(r => r.Kind == "violence").Subject;
        violence.Evidence.Should().ContainSingle().Which.Should().Be(new Evidence(comment.IndexOf("kubakar", StringComparison.Ordinal), 7, "kubakar"));
    }

    [Fact]
    public void Rejects_gambling_spam_in_unicode_disguise_with_evidence_in_utf16_offsets()
    {
        const string comment = "Mau cuan? 𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗 gacor maxwin hari ini";
        var verdict = Pipelines.With(("Gambling", 0.3f)).Decide(new CommentInput(comment));

        verdict.Decision.Should().Be(Decision.Rejected);
        var reason = verdict.Reasons.Should().ContainSingle(r => r.Source == ReasonSource.Rule).Subject;
        reason.Category.Should().Be(Category.Gambling);
        reason.Law.Should().Be("UU ITE Pasal 27 ayat (2)");
        var brand = reason.Evidence.Should().ContainSingle(e => e.Text == "𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗").Subject;
        brand.Start.Should().Be(comment.IndexOf("𝐌", StringComparison.Ordinal));
        brand.Length.Should().Be("𝐌𝐄𝐆𝐀𝐁𝐄𝐓𝟗𝟗".Length);
    }

    [Fact]
    public void Flags_but_does_not_reject_on_the_gambling_head_alone()
    {
        var verdict = Pipelines.With(("Gambling", 0.99f)).Decide(new CommentInput("Timnas menang 4-0, gacor banget lini depannya!"));
        verdict.Decision.Should().Be(Decision.Flagged);
        verdict.Reasons.Should().ContainSingle().Which.Source.Should().Be(ReasonSource.Model);
    }

    [Fact]
    public void Rejects_on_a_near_certain_gambling_head_with_a_brand_behind_it()
    {
        var verdict = Pipelines.With(("Gambling", 0.99f)).Decide(new CommentInput("Hari yang menyenangkan berkat AMBIL4D!"));
        verdict.Decision.Should().Be(Decision.Rejected);
        verdict.Reasons.Should().ContainSingle().Which.Source.Should().Be(ReasonSource.Model);
    }

    [Fact]
    public void Rejects_on_a_near_certain_gambling_head_with_a_letters_and_digits_name_behind_it() =>
        Pipelines.With(("Gambling", 0.99f)).Decide(new CommentInput("Baru sehari join ALEXIS17, gue udah dapet cuan buat beli laptop!"))
            .Decision.Should().Be(Decision.Rejected);

    [Fact]
    public void Approves_a_comment_against_gambling_even_when_the_model_reacts_to_it()
    {
        var verdict = Pipelines.With(("Gambling", 0.85f)).Decide(new CommentInput("Judi online merusak keluarga, pemerintah harus tegas"));
        verdict.Decision.Should().Be(Decision.Approved);
    }

    [Fact]
    public void Flags_doxxing_of_a_journalist_as_personal_data_with_the_phone_kind()
    {
        const string comment = "Ini nomor wartawannya 0812-3456-7890, serbu aja rame-rame";
        var verdict = Pipelines.With().Decide(new CommentInput(comment));

        verdict.Decision.Should().Be(Decision.Flagged);
        var reason = verdict.Reasons.Should().ContainSingle(r => r.Category == Category.PersonalData).Subject;
        reason.Law.Should().Be("UU PDP Pasal 65 ayat (2)");
        reason.Kind.Should().Be("phone");
        reason.Evidence.Should().ContainSingle().Which.Should().Be(new Evidence(comment.IndexOf("0812", StringComparison.Ordinal), 14, "0812-3456-7890"));
    }

    [Fact]
    public void Gives_each_kind_of_personal_data_its_own_reason_and_evidence()
    {
        const string comment = "Wartawan itu tinggal di Gg. Kenanga No 5 RT 004/RW 007 Bekasi, wa +62 813-1111-2222";
        var reasons = Pipelines.With().Decide(new CommentInput(comment)).Reasons.Where(r => r.Category == Category.PersonalData).ToList();
        reasons.Select(r => r.Kind).Should().BeEquivalentTo("address", "phone");
        reasons.Single(r => r.Kind == "phone").Evidence.Should().ContainSingle().Which.Text.Should().Be("+62 813-1111-2222");
    }

    [Fact]
    public void Flags_extortion_with_the_article_27b_reason()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("Transfer 5 juta atau foto kamu saya sebar ke grup kantor"));
        verdict.Decision.Should().Be(Decision.Flagged);
        verdict.Reasons.Should().Contain(r => r.Category == Category.Extortion && r.Law == "UU ITE Pasal 27B");
        verdict.Priority.Should().Be(95);
    }

    [Fact]
    public void Rejects_sexual_solicitation_spam_with_a_contact()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("Open BO area Jaksel, wa 081234567890"));
        verdict.Decision.Should().Be(Decision.Rejected);
        verdict.Reasons.Should().Contain(r => r.Category == Category.Sexual && r.Law == "UU ITE Pasal 27 ayat (1)");
    }

    [Fact]
    public void Names_the_hate_kind_from_the_strongest_kind_head()
    {
        var verdict = Pipelines.With(("HS", 0.9f), ("HS_Group", 0.88f), ("HS_Religion", 0.86f), ("HS_Race", 0.3f))
            .Decide(new CommentInput("contoh komentar kebencian"));
        var reason = verdict.Reasons.Should().ContainSingle(r => r.Category == Category.Hate).Subject;
        reason.Kind.Should().Be("religion");
        reason.Law.Should().Be("UU ITE Pasal 28 ayat (2)");
        reason.Source.Should().Be(ReasonSource.Model);
        verdict.Decision.Should().Be(Decision.Flagged);
    }

    [Fact]
    public void Flags_hate_against_a_group_with_its_ground_the_article_and_both_the_target_and_the_predicate()
    {
        const string comment = "Orang Madura itu sampah semua";
        var verdict = Pipelines.With().Decide(new CommentInput(comment));

        var reason = verdict.Reasons.Should().ContainSingle(r => r.Category == Category.Hate).Subject;
        reason.Kind.Should().Be("ethnicity");
        reason.Law.Should().Be("UU ITE Pasal 28 ayat (2)");
        reason.Source.Should().Be(ReasonSource.Rule);
        reason.Evidence.Select(e => e.Text).Should().Equal("Orang Madura", "sampah");
        verdict.Priority.Should().Be(85);
    }

    [Fact]
    public void Flags_hate_against_sexual_orientation_as_site_policy_without_citing_an_article()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("Kaum gay itu menjijikkan"));

        var reason = verdict.Reasons.Should().ContainSingle(r => r.Category == Category.Hate).Subject;
        reason.Kind.Should().Be("sexual-orientation");
        reason.Law.Should().BeNull();
        verdict.Decision.Should().Be(Decision.Flagged);
    }

    [Fact]
    public void Flags_a_call_to_kill_a_group_as_incitement_with_the_highest_priority()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("kami akan habisi semua orang Papua"));

        verdict.Reasons[0].Category.Should().Be(Category.Threat);
        verdict.Reasons[0].Kind.Should().Be("incitement");
        verdict.Reasons.Should().Contain(r => r.Category == Category.Hate && r.Kind == "ethnicity");
        verdict.Priority.Should().Be(100);
    }

    [Fact]
    public void Holds_back_a_kind_head_that_the_hate_speech_heads_do_not_corroborate()
    {
        var verdict = Pipelines.With(("HS", 0.3f), ("HS_Group", 0.2f), ("HS_Race", 0.8f))
            .Decide(new CommentInput("Warga keturunan merayakan Imlek dengan meriah"));
        verdict.Decision.Should().Be(Decision.Approved);
        verdict.Scores["hate"].Should().BeLessThan(0.5);
    }

    [Fact]
    public void Does_not_take_group_hate_without_a_protected_ground_for_article_28_2()
    {
        var verdict = Pipelines.With(("HS", 1f), ("HS_Group", 1f)).Decide(new CommentInput("Partai itu isinya pembohong semua"));
        verdict.Reasons.Should().NotContain(r => r.Category == Category.Hate);
    }

    [Fact]
    public void Approves_a_call_for_unity_that_the_hate_heads_react_to()
    {
        var verdict = Pipelines.With(("HS", 0.8f), ("HS_Group", 0.75f), ("HS_Religion", 0.7f))
            .Decide(new CommentInput("Ayo jaga persatuan, jangan terprovokasi isu SARA"));
        verdict.Decision.Should().Be(Decision.Approved);
    }

    [Fact]
    public void Approves_a_real_dog_that_the_profanity_head_reacts_to()
    {
        var verdict = Pipelines.With(("Abusive", 0.9f), ("HS_Individual", 0.4f)).Decide(new CommentInput("Anjing tetangga saya hilang sejak kemarin"));
        verdict.Decision.Should().Be(Decision.Approved);
    }

    [Fact]
    public void Flags_the_same_animal_word_hurled_at_a_commenter()
    {
        var verdict = Pipelines.With(("Abusive", 0.9f), ("HS_Individual", 0.8f)).Decide(new CommentInput("Dasar anjing lu"));
        verdict.Decision.Should().Be(Decision.Flagged);
        verdict.Reasons.Select(r => r.Category).Distinct().Should().BeEquivalentTo([Category.Profanity, Category.Insult]);
        verdict.Reasons.Should().OnlyContain(r => r.Law == null);
    }

    [Fact]
    public void Approves_sharp_criticism_of_a_ministry_that_the_insult_head_reacts_to()
    {
        var verdict = Pipelines.With(("HS", 0.7f), ("HS_Individual", 0.7f))
            .Decide(new CommentInput("Kebijakan menteri ini ngawur dan merugikan rakyat kecil"));
        verdict.Decision.Should().Be(Decision.Approved);
    }

    [Fact]
    public void Holds_the_childrens_section_to_a_stricter_profanity_threshold()
    {
        var pipeline = Pipelines.With(("Abusive", 0.5f));
        pipeline.Decide(new CommentInput("ih kesel banget", "anak")).Decision.Should().Be(Decision.Flagged);
        pipeline.Decide(new CommentInput("ih kesel banget", "politik")).Decision.Should().Be(Decision.Approved);
    }

    [Fact]
    public void Decides_by_the_most_severe_category_and_the_highest_priority()
    {
        var verdict = Pipelines.With().Decide(new CommentInput("gw bunuh lu kalau ga daftar NAGA88 slot gacor maxwin"));
        verdict.Decision.Should().Be(Decision.Rejected);
        verdict.Priority.Should().Be(100);
        verdict.Reasons.Select(r => r.Category).Should().Equal(Category.Threat, Category.Gambling);
    }

    [Fact]
    public void Flags_a_campaign_as_spam_with_the_campaign_id_but_never_rejects_on_it_alone()
    {
        // Readers copying one condolence or one slogan is a campaign too: a moderator decides, in bulk if need be.
        var pipeline = Pipelines.With();
        var text = pipeline.Normalise("Setuju banget sama artikel ini");
        var verdict = pipeline.Decide(new CommentInput(text.Original), text, pipeline.Assess(text),
            [new ContextSignal("campaign", 1.0, "12 authors posted near-copies within 5 minutes", "camp-42")]);

        verdict.Decision.Should().Be(Decision.Flagged);
        verdict.CampaignId.Should().Be("camp-42");
        var reason = verdict.Reasons.Should().ContainSingle().Subject;
        reason.Category.Should().Be(Category.Spam);
        reason.Source.Should().Be(ReasonSource.Campaign);
        reason.Detail.Should().Contain("12 authors");
    }

    [Fact]
    public void Flags_but_never_rejects_on_author_velocity_alone()
    {
        var pipeline = Pipelines.With();
        var text = pipeline.Normalise("Setuju banget sama artikel ini");
        var verdict = pipeline.Decide(new CommentInput(text.Original), text, pipeline.Assess(text), [new ContextSignal("velocity", 1.0, "30 comments in 60 s")]);

        verdict.Decision.Should().Be(Decision.Flagged);
        verdict.Reasons.Should().ContainSingle().Which.Source.Should().Be(ReasonSource.Velocity);
    }

    [Fact]
    public void Maps_evidence_to_each_comments_own_text_when_two_comments_share_an_assessment()
    {
        var pipeline = Pipelines.With();
        var first = pipeline.Normalise("gw bunuh lu");
        var second = pipeline.Normalise("GW BUNUH LU");
        var shared = pipeline.Assess(first);

        var verdict = pipeline.Decide(new CommentInput(second.Original), second, shared);
        verdict.Reasons.Single().Evidence.Should().OnlyContain(e => e.Text == second.Original.Substring(e.Start, e.Length) && e.Text.StartsWith("GW"));
    }
}
