using Moderation.Service.Moderating;

namespace Moderation.Service.Tests.Moderating;

public sealed class TextFingerprintTests
{
    [Fact]
    public void Near_same_texts_differing_in_digits_and_punctuation_share_a_fingerprint() =>
        TextFingerprint.Of("daftar sekarang situs gacor 88 bonus!!", 10).Should().Be(TextFingerprint.Of("daftar sekarang, situs gacor 99 bonus", 10));

    [Fact]
    public void Different_texts_have_different_fingerprints() =>
        TextFingerprint.Of("daftar sekarang situs gacor bonus", 10).Should().NotBe(TextFingerprint.Of("semoga perdamaian segera tercapai", 10));

    [Fact]
    public void A_text_with_too_few_letters_has_no_fingerprint() => TextFingerprint.Of("setuju 100%", 10).Should().BeNull();
}
