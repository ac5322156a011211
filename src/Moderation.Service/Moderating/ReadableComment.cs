using Moderation.Contracts;
using Moderation.Normalisation;

namespace Moderation.Service.Moderating;

/// <summary>A comment of a batch that is being decided: where its decision goes, its normalised text, its score cache key,
/// its campaign fingerprint (null when too short) and where that fingerprint sits among the batch's campaign posts.</summary>
internal sealed record ReadableComment(int Index, CommentSubmitted Comment, NormalisedText Normalised, string ScoreKey, string? Fingerprint, int PostIndex);
