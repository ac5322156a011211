using Moderation.Contracts;
using Moderation.Normalisation;

namespace Moderation.Service.Moderating;

/// <summary>A readable comment of a batch: where it sits in the batch, its normalised text, its score cache key, its campaign
/// fingerprint (null when too short) and where that fingerprint sits among the batch's campaign posts (-1 without one).</summary>
internal sealed record ReadableComment(int Index, CommentSubmitted Comment, NormalisedText Normalised, string ScoreKey, string? Fingerprint, int PostIndex);
