using Chronicle.Core.Story;

namespace Chronicle.Cli.Output;

/// <summary>Human-readable output of the story commands.</summary>
internal static class StoryPrinter
{
    public static void Timeline(Timeline timeline, TextWriter o)
    {
        var table = new TextTable("date", "precision", "id", "event", "modality", "who → whom", "place", "sources", "as reported") { MaxCellWidth = 40 };
        foreach (var e in timeline.Dated)
        {
            var date = e.TimeFromReport ? "≤ " + e.Time!.Value : e.Time!.Value + (e.Time.Mod is { } m ? " " + m : "");
            table.Add(date, e.TimeFromReport ? "report day" : DateRange.PrecisionOf(e.Time.Value), e.Id, Type(e), e.Modality,
                Who(e), e.Place ?? "", Sources(e), e.Mentions[0].Sentence);
        }

        table.Write(o);
        o.WriteLine($"{timeline.Dated.Count} dated event(s)" + (timeline.Dated.Any(e => e.TimeFromReport)
            ? " (≤ report day: the text gives no date; news of the day told in the present perfect, placed on or before its first report)"
            : ""));
        if (timeline.Undated.Count == 0)
        {
            return;
        }

        o.WriteLine();
        o.WriteLine("Undated (the text gives no date; not placed on the timeline):");
        var undated = new TextTable("id", "event", "modality", "who → whom", "reported", "sources", "as reported") { MaxCellWidth = 40 };
        foreach (var e in timeline.Undated)
        {
            undated.Add(e.Id, Type(e), e.Modality, Who(e), e.EarliestReport ?? "date unknown", Sources(e), e.Mentions[0].Sentence);
        }

        undated.Write(o);
    }

    public static void Event(CanonicalEvent e, TextWriter o)
    {
        o.WriteLine($"{e.Id}  {Type(e)}  {e.Modality}{(e.Negated ? " (negated)" : "")}  {e.Time?.Value ?? "undated"}{(e.Time?.Mod is { } mod ? " " + mod : "")}{(e.TimeFromReport ? " (the day of its first report: the text gives no date)" : "")}");
        o.WriteLine($"  who → whom: {Who(e)}{(e.Place is { } p ? "   place: " + p : "")}");
        o.WriteLine($"  reported by {e.Corroboration} independent article(s); earliest report {e.EarliestReport ?? "date unknown"}");
        o.WriteLine("  mentions:");
        foreach (var m in e.Mentions)
        {
            o.WriteLine($"    - {m.Outlet ?? "?"} ({m.Published ?? "date unknown"}) [{m.ArticleId} {m.Start}-{m.End}] {m.Source}");
            o.WriteLine($"      \u201C{m.Sentence}\u201D");
        }

        o.WriteLine(e.MergeReasons.Count == 0 ? "  not merged with any other mention" : "  why merged:");
        foreach (var r in e.MergeReasons)
        {
            o.WriteLine("    - " + r);
        }
    }

    public static void Conflicts(IReadOnlyList<Conflict> conflicts, TextWriter o)
    {
        foreach (var c in conflicts)
        {
            o.WriteLine($"{c.Id}  {c.Kind}: {c.About}");
            foreach (var s in c.Sides)
            {
                o.WriteLine($"  • {s.Claim} — {s.Outlet ?? "?"} [{s.ArticleId}] {s.Source}");
                o.WriteLine($"    \u201C{s.Sentence}\u201D");
            }

            o.WriteLine();
        }

        o.WriteLine($"{conflicts.Count} conflict(s)");
    }

    public static void Commitments(IReadOnlyList<CommitmentAsOf> commitments, TextWriter o)
    {
        foreach (var c in commitments)
        {
            var k = c.Commitment;
            o.WriteLine($"{k.Id}  {string.Join(", ", k.Who)} {k.Action}: {k.What}");
            o.WriteLine($"  state as of {c.AsOf}: {c.State}{(c.Due is { } due ? " (next deadline " + due + ")" : "")}");
            for (var i = 0; i < c.Phases.Count; i++)
            {
                var p = c.Phases[i];
                o.WriteLine($"  phase {i + 1}: {p.What} — by {Deadline.Show(p.Deadline)}: {p.State}");
            }

            foreach (var cond in k.Conditions)
            {
                o.WriteLine($"  condition: {cond}");
            }

            o.WriteLine("  history:");
            foreach (var h in k.History)
            {
                o.WriteLine($"    {h.Date ?? "date unknown",-16} {h.State}{(h.Detail is { } d ? " (" + d + ")" : "")} — {h.Outlet ?? "?"} [{h.ArticleId}] \u201C{Snippet(h.Sentence)}\u201D");
            }

            o.WriteLine();
        }

        o.WriteLine($"{commitments.Count} commitment(s)");
    }

    // Enough of the evidence sentence to tell two entries from one article apart.
    private static string Snippet(string sentence) => sentence.Length <= SnippetLength ? sentence : sentence[..(SnippetLength - 1)].TrimEnd() + "\u2026";

    private const int SnippetLength = 60;

    private static string Type(CanonicalEvent e) => e.Type + (e.Mode is { } m ? "/" + m : "");

    private static string Who(CanonicalEvent e) => $"{ActorSets(e.Sources)} → {ActorSets(e.Targets)}";

    private static string ActorSets(IReadOnlyList<string> names) => names.Count == 0 ? "?" : string.Join(", ", names);

    private static string Sources(CanonicalEvent e) =>
        $"{e.Corroboration}: " + string.Join(", ", e.Mentions.Select(m => m.Outlet ?? "?").Distinct(StringComparer.Ordinal));
}
