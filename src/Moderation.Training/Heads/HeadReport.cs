using Moderation.Training.Corpora;
using Moderation.Training.Evaluation;

namespace Moderation.Training.Heads;

/// <summary>What training measured for one head: its corpus column, the threshold chosen on validation, and the
/// validation and test metrics at that threshold, and (when trained with reviews) the metrics on the review test part.</summary>
public sealed record HeadReport(
    string Head, string Column, CorpusFormat Corpus, float Threshold, BinaryMetrics Validation, BinaryMetrics Test, BinaryMetrics? ReviewTest = null);
