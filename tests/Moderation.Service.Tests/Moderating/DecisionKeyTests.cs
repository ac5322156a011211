using Moderation.Service.DecisionIdentity;

namespace Moderation.Service.Tests.Moderating;

public sealed class DecisionKeyTests
{
    [Fact]
    public void The_message_id_is_the_same_for_the_same_comment_and_text()
    {
        DecisionKey.For("c-1", "teks").MessageId.Should().Be(DecisionKey.For("c-1", "teks").MessageId);
    }

    [Fact]
    public void The_message_id_changes_when_the_text_is_edited()
    {
        DecisionKey.For("c-1", "teks").MessageId.Should().NotBe(DecisionKey.For("c-1", "teks baru").MessageId);
    }

    [Fact]
    public void The_message_id_is_a_version_5_style_uuid()
    {
        DecisionKey.For("c-1", "teks").MessageId.ToString()[14].Should().Be('5');
    }

    [Fact]
    public void The_text_hash_is_the_sha256_of_the_raw_text()
    {
        // SHA-256("abc") from FIPS 180-2.
        DecisionKey.For("c-1", "abc").TextHash.Should().Be("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
