using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Figures someone puts on something: "the Tax Foundation puts the figure at $498 billion", "the ministry put the death toll
/// at 40". The estimator is the source, "puts the figure at" the cue, the amount and what qualifies it the content.
/// </summary>
internal sealed partial class CueFrames
{
    private static readonly FrozenSet<string> PutForms = new[] { "put", "puts", "putting" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> EstimateHolders = new[] { "the", "its", "their", "his", "her", "that", "this" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void FindEstimates(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var i = a + 1; i < b - 3; i++)
        {
            if (!v.In(i, PutForms) || v.IsCap(i) || !v.In(i + 1, EstimateHolders) || InsideQuotation(i))
            {
                continue;
            }

            var at = i + 2;
            while (at < b && at <= i + 6 && v.IsWord(at) && !v.Is(at, "at"))
            {
                at++;
            }

            if (!v.Is(at, "at") || at == i + 2 || !AmountAt(at + 1))
            {
                continue;
            }

            // The figure runs to the end of its clause: "at 40", "at $498 billion, assuming no reduction …"; not "at 40, while aid
            // groups said …" (the writer's clause) nor a quotation running on.
            var last = at + 1;
            while (last + 1 < b && !v.IsPunct(last + 1, ';') && !v.IsPunct(last + 1, ':') && !v.IsQuoteMark(last + 1)
                && !(v.IsPunct(last + 1, ',') && v.In(last + 2, Subordinators)) && !(v.IsPunct(last + 1, '.') && last + 2 >= b))
            {
                last++;
            }

            while (last > at + 1 && !v.IsWord(last))
            {
                last--;
            }

            var content = ObjectOnly(v.Span(at + 1, last));
            if (Covered(into, content))
            {
                continue;
            }

            var subjectEnd = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
            var speaker = subjectEnd >= a && v.IsWord(subjectEnd) ? PhraseScanner.Left(v, subjectEnd, a) : null;
            if (speaker is null)
            {
                continue;
            }

            into.Add(new Draft
            {
                Content = content, Direct = false, Cue = v.Span(i, at), SpeakerSpan = speaker, Sentence = s, Confidence = 0.6, Kind = CueKind.Speech,
            });
            i = at;
        }
    }

    /// <summary>An amount opens at token <paramref name="k"/>: "$498 billion", "40", "about 1,200", "nearly half", "more than 3 percent".</summary>
    private bool AmountAt(int k)
    {
        for (var j = k; j < k + 3 && j < v.Tokens.Length; j++)
        {
            if (v.Tokens[j].Kind == TokenKind.Number || v.IsPunct(j, '$') || v.IsPunct(j, '\u20ac') || v.IsPunct(j, '\u00a3'))
            {
                return true;
            }

            if (!(v.Is(j, "about") || v.Is(j, "around") || v.Is(j, "nearly") || v.Is(j, "almost") || v.Is(j, "roughly") || v.Is(j, "more")
                || v.Is(j, "less") || v.Is(j, "fewer") || v.Is(j, "than") || v.Is(j, "some") || v.Is(j, "over") || v.Is(j, "under")))
            {
                return v.Is(j, "half") || v.Is(j, "zero");
            }
        }

        return false;
    }
}
