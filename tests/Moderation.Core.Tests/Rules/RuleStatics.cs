using System.Reflection;
using Moderation.Rules;

namespace Moderation.Core.Tests.Rules;

/// <summary>The rules' static fields of one type (trigger sets, screened patterns, word sets), found by reflection so that a
/// new one is covered by the tests without listing it.</summary>
internal static class RuleStatics
{
    public static IReadOnlyList<(string Name, T Value)> Of<T>()
        where T : class =>
        typeof(RuleSet).Assembly.GetTypes()
            .Where(t => !t.ContainsGenericParameters)
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic).Select(f => (Type: t, Field: f)))
            .Where(x => x.Field.FieldType == typeof(T))
            .Select(x => ($"{x.Type.Name}.{x.Field.Name}", (T)x.Field.GetValue(null)!))
            .ToList();
}
