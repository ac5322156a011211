namespace Moderation.Contracts;

/// <summary>Placeholder so the assembly builds; the service issue adds the wire contract records.</summary>
internal static class AssemblyMarker;
