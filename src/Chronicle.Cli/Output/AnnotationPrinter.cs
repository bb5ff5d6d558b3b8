using Chronicle.Core.Contract;

namespace Chronicle.Cli.Output;

/// <summary>Human-readable listing of one annotated article (contract form): metadata, text, then each layer.</summary>
internal static class AnnotationPrinter
{
    public static void Print(ArticleDto a, TextWriter o)
    {
        o.WriteLine($"# {a.Title ?? "(untitled)"}");
        o.WriteLine($"id {a.Id}  outlet {a.Outlet ?? "?"}  byline {a.Byline ?? "?"}  source {a.Source}#{a.Part}");
        o.WriteLine($"published {a.Published.Value ?? "unknown"} ({a.Published.Origin}{(a.Published.Evidence is { } ev ? ": " + ev : "")})");
        o.WriteLine();
        o.WriteLine(a.Text);
        o.WriteLine();
        o.WriteLine($"{a.Sentences.Count} sentences");
        Section(o, "times", a.Times, t => $"{Span(t.Start, t.End)} {Quote(t.Text)} {t.Type} {t.Value}{Mod(t.Mod)}");
        Section(o, "actors", a.Actors, m => $"{Span(m.Start, m.End)} {Quote(m.Text)} → {m.Name} ({m.Kind})");
        Section(o, "quotes", a.Quotes, q => $"{Span(q.Start, q.End)} {(q.Direct ? "direct" : "indirect")} by {q.Speaker.Name ?? q.Speaker.Description ?? "?"}" +
            $"{(q.Venue is { } v ? " to " + v : "")}{(q.Via.Count > 0 ? " via " + string.Join(" → ", q.Via) : "")}: {Quote(Shorten(q.Text))}");
        Section(o, "events", a.Events, e => $"{Span(e.Start, e.End)} {e.Type}{(e.Mode is { } md ? "/" + md : "")} {e.Modality}{(e.Negated ? " negated" : "")} " +
            $"{string.Join(", ", e.Sources)} → {string.Join(", ", e.Targets)}{(e.Place is { } p ? " @" + p : "")} {e.Time?.Value ?? "undated"}{Mod(e.Time?.Mod)}");
        Section(o, "claims", a.Claims, c => $"{Span(c.Start, c.End)} {(c.Approx ? "~" : "")}{c.Quantity} {c.Unit}{(c.Place is { } p ? " in " + p : "")}{(c.ClaimedBy is { } by ? " (" + by + ")" : "")}");
        Section(o, "commitments", a.Commitments, c => $"{Span(c.Start, c.End)} {string.Join(", ", c.Who)} {c.Action} {Quote(c.What)} " +
            $"by {c.Deadline?.Value ?? "?"}{Mod(c.Deadline?.Mod)} [{c.State}]");
        o.WriteLine();
    }

    private static void Section<T>(TextWriter o, string name, IReadOnlyList<T> items, Func<T, string> line)
    {
        o.WriteLine($"## {name} ({items.Count})");
        foreach (var item in items)
        {
            o.WriteLine("  " + line(item));
        }
    }

    private static string Span(int start, int end) => $"[{start},{end})";

    private static string Mod(string? mod) => mod is null ? "" : " " + mod;

    private static string Quote(string s) => "\u201C" + s + "\u201D";

    private static string Shorten(string s) => s.Length <= 100 ? s : s[..97] + "...";
}
