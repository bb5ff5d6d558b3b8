using Chronicle.Core.Contract;
using Chronicle.Core.Model;

namespace Chronicle.Cli.Commands;

/// <summary>Human-readable listing of one annotated article: metadata, text, then each layer.</summary>
internal static class AnnotationPrinter
{
    public static void Print(AnnotatedArticle doc, TextWriter o)
    {
        var a = doc.Article;
        var text = a.Text;
        o.WriteLine($"# {a.Title ?? "(untitled)"}");
        o.WriteLine($"id {a.Id}  outlet {a.Outlet ?? "?"}  byline {a.Byline ?? "?"}  source {a.Source}#{a.Part}");
        o.WriteLine($"published {a.Published.Value ?? "unknown"} ({ContractNames.Of(a.Published.Origin)}{(a.Published.Evidence is { } ev ? ": " + ev : "")})");
        o.WriteLine();
        o.WriteLine(text);
        o.WriteLine();
        o.WriteLine($"{doc.Sentences.Length} sentences, {doc.Tokens.Length} tokens");
        Section(o, "times", doc.Times, t => $"{t.Span} {Quote(t.Span.Text(text))} {ContractNames.Of(t.Type)} {t.Value.Value}{Mod(t.Value.Mod)}");
        Section(o, "actors", doc.Actors, m => $"{m.Span} {Quote(m.Span.Text(text))} → {m.Name} ({ContractNames.Of(m.Kind)})");
        Section(o, "quotes", doc.Quotes, q => $"{q.Span} {(q.Direct ? "direct" : "indirect")} by {q.Speaker.Name ?? q.Speaker.Description ?? "?"}" +
            $"{(q.Venue is { } v ? " to " + v : "")}{(q.Via.Count > 0 ? " via " + string.Join(" → ", q.Via) : "")}: {Quote(Shorten(q.Span.Text(text)))}");
        Section(o, "events", doc.Events, e => $"{e.Span} {e.Type}{(e.Mode is { } md ? "/" + md : "")} {ContractNames.Of(e.Modality)}{(e.Negated ? " negated" : "")} " +
            $"{string.Join(", ", e.Sources)} → {string.Join(", ", e.Targets)}{(e.Place is { } p ? " @" + p : "")} {e.Time?.Value ?? "undated"}");
        Section(o, "claims", doc.Claims, c => $"{c.Span} {(c.Approx ? "~" : "")}{c.Quantity} {c.Unit}{(c.Place is { } p ? " in " + p : "")} {c.ClaimedBy ?? ""}");
        Section(o, "commitments", doc.Commitments, c => $"{c.Span} {string.Join(", ", c.Who)} {c.Action} {Quote(c.What)} by {c.Deadline?.Value ?? "?"}{Mod(c.Deadline?.Mod)} [{ContractNames.Of(c.State)}]");
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

    private static string Mod(TimexMod? mod) => mod is { } m ? " " + ContractNames.Of(m) : "";

    private static string Quote(string s) => "\u201C" + s + "\u201D";

    private static string Shorten(string s) => s.Length <= 100 ? s : s[..97] + "...";
}
