using System.Text.Json;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Cleaning;

/// <summary>The cleaning part of ../shared/gold/seeds.json: one entry per article of a seed file.</summary>
public sealed record SeedGold(
    string File,
    int Part,
    string Title,
    string? Outlet,
    string ExpectedOrigin,
    string? Actual,
    string BodyStarts,
    string BodyEnds,
    IReadOnlyList<string> MustContain,
    IReadOnlyList<string> Junk,
    IReadOnlyList<string> OnceOnly)
{
    public static IReadOnlyList<SeedGold> Load()
    {
        using var doc = JsonDocument.Parse(System.IO.File.ReadAllText(RepoPaths.Gold));
        return doc.RootElement.GetProperty("articles").EnumerateArray().Select(a => new SeedGold(
            a.GetProperty("file").GetString()!,
            a.GetProperty("part").GetInt32(),
            a.GetProperty("title").GetString()!,
            a.GetProperty("outlet").ValueKind == JsonValueKind.String ? a.GetProperty("outlet").GetString() : null,
            a.GetProperty("published").GetProperty("expectedOrigin").GetString()!,
            a.GetProperty("published").TryGetProperty("actual", out var actual) ? actual.GetString() : null,
            a.GetProperty("bodyStarts").GetString()!,
            a.GetProperty("bodyEnds").GetString()!,
            Strings(a, "mustContain"),
            Strings(a, "junk"),
            Strings(a, "onceOnly"))).ToList();
    }

    private static List<string> Strings(JsonElement article, string name) =>
        article.TryGetProperty(name, out var list) ? list.EnumerateArray().Select(s => s.GetString()!).ToList() : [];

    public override string ToString() => $"{File} part {Part}";
}
