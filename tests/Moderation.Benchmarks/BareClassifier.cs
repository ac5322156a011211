using Microsoft.ML;
using Microsoft.ML.Data;
using Moderation.Training.Corpora;

namespace Moderation.Benchmarks;

/// <summary>The yardstick: ML.NET's stock text classifier (FeaturizeText + SDCA logistic regression) for the HS label,
/// trained on the hate-speech corpus, predicting one comment at a time through a PredictionEngine.</summary>
internal static class BareClassifier
{
    public sealed class Input
    {
        public string Text { get; set; } = "";

        public bool Label { get; set; }
    }

    public sealed class Prediction
    {
        public float Probability { get; set; }
    }

    public static PredictionEngine<Input, Prediction> Train(string hateSpeechCorpus)
    {
        var corpus = CorpusReader.Read(hateSpeechCorpus);
        var hs = corpus.LabelColumns.ToList().IndexOf("HS");
        var ml = new MLContext(seed: 1);
        var data = ml.Data.LoadFromEnumerable(corpus.Comments.Select(c => new Input { Text = c.Text, Label = c.Labels[hs] }));
        var pipeline = ml.Transforms.Text.FeaturizeText("Features", nameof(Input.Text))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression());
        return ml.Model.CreatePredictionEngine<Input, Prediction>(pipeline.Fit(data));
    }
}
