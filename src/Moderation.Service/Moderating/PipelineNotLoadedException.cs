namespace Moderation.Service.Moderating;

/// <summary>No model and policy are loaded yet; transient, so the comment is retried.</summary>
public sealed class PipelineNotLoadedException() : Exception("The model and policy are not loaded; see the start-up log.");
