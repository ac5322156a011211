namespace Moderation.Training;

/// <summary>Placeholder so the assembly builds; the decision-core issue adds corpus readers and training.</summary>
internal static class AssemblyMarker;
