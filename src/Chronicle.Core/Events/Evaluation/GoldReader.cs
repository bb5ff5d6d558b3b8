using System.Globalization;
using System.Text.Json;

namespace Chronicle.Core.Events.Evaluation;

/// <summary>
/// Reads a gold file in the format of ../shared/gold/seeds.json ("articles": file, part,
/// published.actual, actors, events, claims, commitments). Our own stories use the same format.
/// </summary>
public static class GoldReader
{
    public static IReadOnlyList<GoldArticle> Parse(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("articles").EnumerateArray().Select(Article)];
    }

    private static GoldArticle Article(JsonElement a) => new(
        a.GetProperty("file").GetString()!,
        a.TryGetProperty("part", out var part) ? part.GetInt32() : 1,
        a.TryGetProperty("published", out var pub) ? (pub.ValueKind == JsonValueKind.Object ? Str(pub, "actual") : pub.GetString()) : null,
        [.. Array(a, "actors").Select(x => new GoldActor(Str(x, "name")!, Strings(x, "forms")))],
        [.. Array(a, "events").Select(Event)],
        [.. Array(a, "claims").Select(Claim)],
        [.. Array(a, "commitments").Select(Commitment)]);

    private static GoldEvent Event(JsonElement e)
    {
        IReadOnlyList<string>? dates = null;
        if (e.TryGetProperty("date", out var d))
        {
            dates = d.ValueKind switch
            {
                JsonValueKind.Null => [],
                JsonValueKind.Array => [.. d.EnumerateArray().Select(x => x.GetString()!)],
                _ => [d.GetString()!],
            };
        }

        var type = e.GetProperty("type");
        IReadOnlyList<string> types = type.ValueKind == JsonValueKind.Array ? [.. type.EnumerateArray().Select(x => x.GetString()!)] : [type.GetString()!];
        return new GoldEvent(Str(e, "cue")!, types, dates, Str(e, "modality"), Strings(e, "sources"), Strings(e, "targets"), Str(e, "place"), Str(e, "mode"));
    }

    private static GoldClaim Claim(JsonElement c) => new(
        Str(c, "cue")!,
        c.GetProperty("quantity").GetDecimal(),
        Str(c, "unit"),
        c.TryGetProperty("approx", out var ap) && ap.ValueKind is JsonValueKind.True or JsonValueKind.False ? ap.GetBoolean() : null,
        Str(c, "place"));

    private static GoldCommitment Commitment(JsonElement c)
    {
        var checkedDeadline = c.TryGetProperty("deadline", out var dl);
        IReadOnlyList<GoldPhase>? phases = c.TryGetProperty("phases", out var ph)
            ? [.. ph.EnumerateArray().Select(p => new GoldPhase(Str(p, "what"), Deadline(p.TryGetProperty("deadline", out var pd) ? pd : default)))]
            : null;
        IReadOnlyList<string>? conditions = c.TryGetProperty("conditions", out _) ? Strings(c, "conditions") : null;
        return new GoldCommitment(
            Str(c, "cue")!, Strings(c, "who"), Str(c, "action")!, checkedDeadline, checkedDeadline ? Deadline(dl) : null, phases, conditions, Str(c, "state"));
    }

    private static GoldDeadline? Deadline(JsonElement d) =>
        d.ValueKind == JsonValueKind.Object ? new GoldDeadline(Str(d, "value")!, Str(d, "mod")) : null;

    private static IEnumerable<JsonElement> Array(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray() : [];

    private static IReadOnlyList<string> Strings(JsonElement e, string name) => [.. Array(e, name).Select(x => x.GetString()!)];

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetDecimal().ToString(CultureInfo.InvariantCulture),
            _ => null,
        } : null;
}
