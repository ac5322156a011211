using Moderation.Training.Corpora;

namespace Moderation.Training.Tests.Corpora;

public class ReviewExportReadingTests
{
    private const string Header = "commentId,text,category,outcome,moderatorId,reviewedAt";

    [Fact]
    public void Recognises_the_review_export_by_its_header()
    {
        CorpusReader.Detect(Header.Split(',')).Should().Be(CorpusFormat.Reviews);
    }

    [Fact]
    public void Reads_each_verdict_with_the_heads_it_labels()
    {
        var path = Write($"{Header}\r\nc-1,\"slot gacor, daftar\",gambling,rejected,m,2026-11-20T08:00:00.000Z\r\nc-2,berita bagus,,approved,m,2026-11-20T08:00:01.000Z\r\n");

        var corpus = CorpusReader.Read(path, CorpusFormat.Reviews);

        corpus.LabelColumns.Should().Equal(ReviewLabels.Heads);
        corpus.Comments.Select(c => c.Text).Should().Equal("slot gacor, daftar", "berita bagus");
        var gambling = corpus.LabelColumns.ToList().IndexOf("Gambling");
        var hs = corpus.LabelColumns.ToList().IndexOf("HS");
        corpus.Comments[0].Labels[gambling].Should().BeTrue();
        corpus.Comments[0].IsKnown(hs).Should().BeFalse();
        corpus.Comments[1].IsKnown(hs).Should().BeTrue();
        corpus.Labelled(hs).Should().Be(1);
    }

    [Fact]
    public void An_approved_verdict_on_reported_abuse_leaves_the_abusive_head_unlabelled()
    {
        var path = Write($"{Header}\r\nc-1,Anak saya dikatai goblok oleh temannya,,approved,m,2026-11-20T08:00:00.000Z\r\n");

        var verdict = CorpusReader.Read(path, CorpusFormat.Reviews).Comments.Single();

        verdict.IsKnown(Array.IndexOf(ReviewLabels.Heads, "Abusive")).Should().BeFalse();
        verdict.IsKnown(Array.IndexOf(ReviewLabels.Heads, "HS")).Should().BeTrue();
    }

    [Fact]
    public void Names_the_line_of_a_verdict_the_service_does_not_write()
    {
        var path = Write($"{Header}\r\nc-1,halo,,approved,m,\r\nc-2,judi,gambling,maybe,m,\r\n");

        var act = () => CorpusReader.Read(path, CorpusFormat.Reviews);

        act.Should().Throw<InvalidDataException>().WithMessage($"'{path}' line 3: outcome 'maybe'*");
    }

    [Fact]
    public void Says_what_a_review_export_looks_like_when_given_another_file()
    {
        var path = Write("label,comment,channel,video_id,video_title\n1,slot,c,v1,t\n");

        var act = () => CorpusReader.Read(path, CorpusFormat.Reviews);

        act.Should().Throw<InvalidDataException>().WithMessage($"'{path}' is not a review export*expected '{Header}'*");
    }

    private static string Write(string content)
    {
        var path = Path.GetTempFileName();
        File.WriteAllText(path, content);
        return path;
    }
}
