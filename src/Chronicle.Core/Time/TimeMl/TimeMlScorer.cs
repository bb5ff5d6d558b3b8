using System.Collections.Immutable;

namespace Chronicle.Core.Time.TimeMl;

/// <summary>One gold/system pairing decision, for error analysis.</summary>
public sealed record TimeMlAlignment(TimeMlTimex? Gold, TimeMlTimex? System);

/// <summary>
/// Scores system TIMEX3 tags against gold ones with the TempEval-3 definitions: a relaxed match is
/// any overlap (each gold and each system tag used at most once, left to right), a strict match needs
/// the same extent; type and value are exact string comparisons over relaxed matches, with
/// precision over all system tags and recall over all gold tags. The DCT is outside TEXT and so never scored.
/// </summary>
public static class TimeMlScorer
{
    public static TimeMlScore Score(ImmutableArray<TimeMlTimex> gold, ImmutableArray<TimeMlTimex> system, out ImmutableArray<TimeMlAlignment> alignment)
    {
        var pairs = ImmutableArray.CreateBuilder<TimeMlAlignment>();
        var usedSystem = new bool[system.Length];
        int relaxed = 0, strict = 0, type = 0, value = 0;
        foreach (var g in gold)
        {
            var match = -1;
            for (var s = 0; s < system.Length; s++)
            {
                if (!usedSystem[s] && system[s].Span.Overlaps(g.Span))
                {
                    // Prefer the exact extent when several overlap.
                    if (match < 0 || system[s].Span == g.Span)
                    {
                        match = s;
                    }
                }
            }

            if (match < 0)
            {
                pairs.Add(new TimeMlAlignment(g, null));
                continue;
            }

            usedSystem[match] = true;
            var sys = system[match];
            relaxed++;
            strict += sys.Span == g.Span ? 1 : 0;
            type += string.Equals(sys.Type, g.Type, StringComparison.Ordinal) ? 1 : 0;
            value += string.Equals(sys.Value, g.Value, StringComparison.Ordinal) ? 1 : 0;
            pairs.Add(new TimeMlAlignment(g, sys));
        }

        for (var s = 0; s < system.Length; s++)
        {
            if (!usedSystem[s])
            {
                pairs.Add(new TimeMlAlignment(null, system[s]));
            }
        }

        alignment = pairs.ToImmutable();
        int ns = system.Length, ng = gold.Length;
        return new TimeMlScore(new Prf(strict, ns, ng), new Prf(relaxed, ns, ng), new Prf(type, ns, ng), new Prf(value, ns, ng));
    }
}
