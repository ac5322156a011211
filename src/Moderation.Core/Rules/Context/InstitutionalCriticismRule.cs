using System.Text.RegularExpressions;
using Moderation.Normalisation;

namespace Moderation.Rules.Context;

/// <summary>Criticism aimed at an office, institution or policy with no slur in it ("kebijakan menteri ini ngawur"): since
/// MK 105/PUU-XXII/2024 this is not defamation, so it is a counter-signal that dampens the insult and hate heads.</summary>
public sealed class InstitutionalCriticismRule : IRule
{
    private static readonly Regex Institution = RulePattern.Words(
        "pemerintah", "pemerintahan", "menteri", "kementerian", "kemenkes", "kemendikbud", "kemenag", "kemenkeu", "presiden", "wapres",
        "wakil presiden", "dpr", "dprd", "mpr", "polisi", "polri", "kepolisian", "pejabat", "kebijakan", "gubernur", "bupati", "walikota",
        "wali kota", "kpk", "kejaksaan", "kejagung", "jaksa", "hakim", "mahkamah", "pemda", "pemkot", "pemprov", "rezim", "aparat",
        "birokrasi", "bumn", "pln", "pertamina", "partai", "negara", "undang undang", "ruu", "pajak", "anggaran", "apbn", "istana",
        "kabinet", "tni", "satpol pp", "lurah", "camat", "pemilu", "kpu", "bawaslu", "ojk", "bank indonesia", "dinas");

    private static readonly TriggerWords Triggers = RulePattern.Triggers(
        "pemerintah", "menteri", "kemen", "presiden", "wapres", "dpr", "mpr", "polisi", "polri", "pejabat", "kebijakan", "gubernur",
        "bupati", "walikota", "wali kota", "kpk", "jaksa", "kejagung", "hakim", "mahkamah", "pemda", "pemkot", "pemprov", "rezim", "aparat",
        "birokrasi", "bumn", "pln", "pertamina", "partai", "negara", "undang", "ruu", "pajak", "anggaran", "apbn", "istana", "kabinet",
        "tni", "satpol", "lurah", "camat", "pemilu", "kpu", "bawaslu", "ojk", "bank indonesia", "dinas");

    public void Match(NormalisedText text, List<RuleHit> hits)
    {
        var canonical = text.Canonical.Text;
        if (!RulePattern.Mentions(canonical, Triggers) || Slurs.In(canonical))
        {
            return;
        }

        RulePattern.AddMatches(Institution, canonical, TextView.Canonical, RuleSignals.InstitutionalCriticism, 0.8, hits);
    }
}
