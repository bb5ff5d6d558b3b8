using System.Globalization;
using Chronicle.Core.Attribution.Evaluation;
using Chronicle.Core.Model;

namespace Chronicle.Cli.Output;

/// <summary>
/// <c>eval-attribution --details</c>: for each document, every gold attribution we missed, every matched
/// one whose cue or source is wrong (gold beside ours), and every attribution of ours that matched none;
/// then the cue words of the misses, most frequent first. Error analysis, not scoring: the counts agree
/// with <see cref="AttributionScorer.Score"/> because both use <see cref="AttributionScorer.Align"/>.
/// </summary>
internal static class AttributionDetails
{
    private const int ContentWidth = 110;

    private const int TopCues = 40;

    public static void Print(IEnumerable<(PolnearDocument Doc, AnnotatedArticle Annotated)> docs, TextWriter o)
    {
        var missedCues = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int missed = 0, wrongCue = 0, wrongSource = 0, extra = 0;
        foreach (var (doc, annotated) in docs)
        {
            var system = AttributionScorer.FromQuotes(annotated.Quotes);
            var gold = doc.Gold;
            var alignment = AttributionScorer.Align(system, gold);
            var t = doc.Text;
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"== {doc.Name} (gold {gold.Count}, ours {system.Count}, matched {alignment.Pairs.Length})"));
            foreach (var g in alignment.MissedGold)
            {
                missed++;
                var cue = Show(t, gold[g].Cue).ToLowerInvariant();
                missedCues[cue] = missedCues.GetValueOrDefault(cue) + 1;
                o.WriteLine($"  miss    cue «{cue}» source «{Show(t, gold[g].Source)}» content «{Clip(Show(t, gold[g].Content))}»");
            }

            foreach (var p in alignment.Pairs.Where(p => !p.CueRight || !p.SourceRight))
            {
                var g = gold[p.Gold];
                var s = system[p.System];
                wrongCue += p.CueRight ? 0 : 1;
                wrongSource += p.SourceRight ? 0 : 1;
                var what = p.SourceRight ? "cue" : p.CueRight ? "source" : "both";
                o.WriteLine($"  {what,-7} cue «{Show(t, g.Cue)}» / «{s.Cue.Text(t)}»  source «{Show(t, g.Source)}» / «{(s.Source is { } src ? src.Text(t) : "")}»  content «{Clip(Show(t, g.Content))}»");
            }

            foreach (var e in alignment.ExtraSystem)
            {
                extra++;
                var s = system[e];
                o.WriteLine($"  extra   cue «{s.Cue.Text(t)}» source «{(s.Source is { } src ? src.Text(t) : "")}» content «{Clip(Show(t, s.Content))}»");
            }
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"details: {missed} gold missed, {wrongCue} matched with a wrong cue, {wrongSource} matched with a wrong source, {extra} of ours matched nothing"));
        o.WriteLine("cues of the missed gold attributions, most frequent first:");
        foreach (var (cue, n) in missedCues.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Take(TopCues))
        {
            o.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {n,4}  {cue}"));
        }
    }

    /// <summary>A possibly discontinuous span as one line ("…" between parts).</summary>
    private static string Show(string text, IReadOnlyList<TextSpan> spans) =>
        string.Join(" … ", spans.Select(s => s.Text(text))).ReplaceLineEndings(" ");

    private static string Clip(string s) => s.Length <= ContentWidth ? s : s[..(ContentWidth - 1)] + "…";
}
