namespace Chronicle.Core.Story;

/// <summary>Comparisons of actor-name lists, case-insensitive.</summary>
internal static class ActorSets
{
    public static bool Overlap(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Any(x => b.Contains(x, StringComparer.OrdinalIgnoreCase));

    public static IReadOnlyList<string> Union(IEnumerable<IReadOnlyList<string>> lists) =>
        [.. lists.SelectMany(l => l).Distinct(StringComparer.OrdinalIgnoreCase)];

    public static string Show(IReadOnlyList<string> names) => names.Count == 0 ? "nobody named" : string.Join(", ", names);
}
