using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution.Evaluation;

/// <summary>Precision, recall and F1 of one field.</summary>
public readonly record struct Prf(int Right, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)Right / System;

    public double Recall => Gold == 0 ? 0 : (double)Right / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.Right + b.Right, a.System + b.System, a.Gold + b.Gold);
}

/// <summary>Content, cue and source scores of a document or a corpus.</summary>
public readonly record struct AttributionScore(Prf Content, Prf Cue, Prf Source)
{
    public static AttributionScore operator +(AttributionScore a, AttributionScore b) => new(a.Content + b.Content, a.Cue + b.Cue, a.Source + b.Source);
}

/// <summary>
/// A system attribution as scored: content (several parts when one cue introduces an interrupted
/// quotation), cue, and speaker span (null when the speaker is not named in the text).
/// </summary>
public sealed record SystemAttribution(IReadOnlyList<TextSpan> Content, TextSpan Cue, TextSpan? Source);

/// <summary>A matched pair (indices into the system and gold lists) and whether its cue and source are right.</summary>
public readonly record struct AlignedPair(int System, int Gold, bool CueRight, bool SourceRight);

/// <summary>How system and gold attributions were paired: matched pairs in text order of the gold, unmatched indices on each side.</summary>
public sealed record AttributionAlignment(ImmutableArray<AlignedPair> Pairs, ImmutableArray<int> MissedGold, ImmutableArray<int> ExtraSystem);

/// <summary>
/// Overlap scoring as the PolNeAR README defines it: a system attribution <em>matches</em> a gold one
/// when their contents overlap (one-to-one; pairs are taken greedily, preferring pairs whose source and
/// cue also overlap, then the larger content overlap). Content is right for every matched pair; cue is
/// right when the matched pair's cues overlap; source is right when the speaker span overlaps the gold
/// source — or, for a gold attribution without a source (<c>Attribution-no-source</c>), when the system
/// names no speaker in the text either. Precision = right / system attributions, recall = right / gold.
/// </summary>
public static class AttributionScorer
{
    public static AttributionScore Score(IReadOnlyList<SystemAttribution> system, IReadOnlyList<BratAttribution> gold)
    {
        var alignment = Align(system, gold);
        int content = alignment.Pairs.Length, cue = 0, source = 0;
        foreach (var p in alignment.Pairs)
        {
            cue += p.CueRight ? 1 : 0;
            source += p.SourceRight ? 1 : 0;
        }

        return new AttributionScore(
            new Prf(content, system.Count, gold.Count), new Prf(cue, system.Count, gold.Count), new Prf(source, system.Count, gold.Count));
    }

    /// <summary>The one-to-one matching behind <see cref="Score"/>: matched pairs, and what stayed unmatched on either side (for error analysis).</summary>
    public static AttributionAlignment Align(IReadOnlyList<SystemAttribution> system, IReadOnlyList<BratAttribution> gold)
    {
        var candidates = new List<(int S, int G, int Rank, int Overlap)>();
        for (var s = 0; s < system.Count; s++)
        {
            for (var g = 0; g < gold.Count; g++)
            {
                var overlap = Overlap(system[s].Content, gold[g].Content);
                if (overlap > 0)
                {
                    var rank = (SourceRight(system[s], gold[g]) ? 2 : 0) + (CueRight(system[s], gold[g]) ? 1 : 0);
                    candidates.Add((s, g, rank, overlap));
                }
            }
        }

        candidates.Sort((x, y) => y.Rank != x.Rank ? y.Rank.CompareTo(x.Rank) : y.Overlap.CompareTo(x.Overlap));
        var usedS = new bool[system.Count];
        var usedG = new bool[gold.Count];
        var pairs = ImmutableArray.CreateBuilder<AlignedPair>();
        foreach (var (s, g, _, _) in candidates)
        {
            if (usedS[s] || usedG[g])
            {
                continue;
            }

            usedS[s] = usedG[g] = true;
            pairs.Add(new AlignedPair(s, g, CueRight(system[s], gold[g]), SourceRight(system[s], gold[g])));
        }

        return new AttributionAlignment(
            [.. pairs.OrderBy(p => p.Gold)],
            [.. Enumerable.Range(0, gold.Count).Where(g => !usedG[g])],
            [.. Enumerable.Range(0, system.Count).Where(s => !usedS[s])]);
    }

    /// <summary>Groups quotes that share a cue (an interrupted or continued quotation) into one attribution, as brat annotates them.</summary>
    public static IReadOnlyList<SystemAttribution> FromQuotes(IEnumerable<Quote> quotes) =>
        [.. quotes
            .GroupBy(q => q.Cue)
            .Select(g => new SystemAttribution(
                [.. g.Select(q => q.Span)], g.Key, g.Select(q => q.Speaker.Span).FirstOrDefault(s => s is not null)))];

    private static bool CueRight(SystemAttribution s, BratAttribution g) => g.Cue.Any(c => c.Overlaps(s.Cue));

    private static bool SourceRight(SystemAttribution s, BratAttribution g) =>
        g.Source.Count == 0 ? s.Source is null : s.Source is { } span && g.Source.Any(x => x.Overlaps(span));

    private static int Overlap(IReadOnlyList<TextSpan> a, IReadOnlyList<TextSpan> b)
    {
        var total = 0;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                total += Math.Max(0, Math.Min(x.End, y.End) - Math.Max(x.Start, y.Start));
            }
        }

        return total;
    }
}
