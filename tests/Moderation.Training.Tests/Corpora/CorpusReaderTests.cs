using Moderation.Training.Corpora;

namespace Moderation.Training.Tests.Corpora;

public class CorpusReaderTests
{
    [Fact]
    public void Recognises_the_hate_speech_corpus_by_its_header()
    {
        CorpusReader.Detect(["Tweet", "HS", "Abusive", "HS_Individual"]).Should().Be(CorpusFormat.HateSpeech);
    }

    [Fact]
    public void Recognises_the_gambling_corpus_by_its_header()
    {
        CorpusReader.Detect(["label", "comment", "channel", "video_id", "video_title"]).Should().Be(CorpusFormat.Gambling);
    }

    [Fact]
    public void Names_the_known_formats_when_the_header_is_unknown()
    {
        var act = () => CorpusReader.Detect(["id", "text", "category"]);

        act.Should().Throw<InvalidDataException>().WithMessage("unknown file format*hate-speech*gambling*");
    }

    [Fact]
    public void Reads_a_gambling_file_with_its_label_column_and_video_groups()
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, "label,comment,channel,video_id,video_title\n1,\"main di \uD400\uD7D7\",c,v1,t\n0,bagus bang,c,v2,t\n");

        var corpus = CorpusReader.Read(path);

        corpus.LabelColumns.Should().Equal("label");
        corpus.Comments.Select(c => c.Labels[0]).Should().Equal(true, false);
        corpus.Comments.Select(c => c.Group).Should().Equal("v1", "v2");
        corpus.Comments[0].Text.Should().Be("main di 𝐀𝟗");
    }

    [Fact]
    public void Shows_the_header_of_a_binary_file_without_control_characters()
    {
        var act = () => CorpusReader.Detect(["PK\u0003\u0004\u001b[31mzip"]);

        act.Should().Throw<InvalidDataException>().Which.Message.Should().Contain("PK???[31mzip").And.NotContainAny("\u0003", "\u001b");
    }

    [Theory]
    [InlineData("label,comment,channel,video_id,video_title\n1,judi,c,v1,t\nyes,bagus bang,c,v2,t\n", "line 3: column 'label' is 'yes'; a label is 0 or 1")]
    [InlineData("label,comment,channel,video_id,video_title\n,bagus bang,c,v2,t\n", "line 2: column 'label' is ''; a label is 0 or 1")]
    [InlineData("Tweet,HS,Abusive\nhalo,0,0\ndasar,1,x\n", "line 3: column 'Abusive' is 'x'; a label is 0 or 1")]
    [InlineData("Tweet,HS,Abusive\nhalo,0\n", "line 2: 2 fields, the header has 3")]
    public void Refuses_a_row_it_cannot_label_naming_its_line(string content, string problem)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, content);

        var act = () => CorpusReader.Read(path);

        act.Should().Throw<InvalidDataException>().WithMessage($"'{path}' {problem}*");
    }

    [Fact]
    public void Reads_the_hate_speech_corpus_repaired()
    {
        var corpus = SharedData.HateSpeech;

        corpus.Comments.Should().HaveCountGreaterThan(10_000);
        corpus.LabelColumns.Should().StartWith(["HS", "Abusive"]);
        corpus.Comments.Should().NotContain(c => c.Text.Contains(@"\x") || c.Text.Contains(@"\n") || c.Text.StartsWith("RT "));
    }
}
