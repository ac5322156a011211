namespace Moderation.Normalisation;

/// <summary>The scratch buffers of one normalisation, kept per thread so that a call allocates little beyond its result.</summary>
internal sealed class NormalisationWorkspace
{
    // A workspace grown by a huge comment is dropped rather than kept alive for the life of the thread.
    private const int MaxKeptCapacity = 1 << 14;

    [ThreadStatic]
    private static NormalisationWorkspace? _current;

    public MappedTextBuilder Unicode { get; } = new(256);

    public MappedTextBuilder Masked { get; } = new(256);

    public MappedTextBuilder Canonical { get; } = new(256);

    public Canonicaliser Canonicaliser { get; } = new();

    /// <summary>Takes this thread's workspace (or a new one); give it back with <see cref="Return"/>.</summary>
    public static NormalisationWorkspace Rent()
    {
        var workspace = _current ?? new NormalisationWorkspace();
        _current = null;
        workspace.Unicode.Clear();
        workspace.Masked.Clear();
        workspace.Canonical.Clear();
        return workspace;
    }

    public static void Return(NormalisationWorkspace workspace)
    {
        if (workspace.Unicode.Capacity <= MaxKeptCapacity && workspace.Masked.Capacity <= MaxKeptCapacity
            && workspace.Canonical.Capacity <= MaxKeptCapacity)
        {
            _current = workspace;
        }
    }
}
