using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Opening adjuncts that frame the clause after their comma like "according to": "By one estimate, 300,000 acres …", "By
/// Trump's own admission, his returns …" (the owner of the admission or, without one, the estimate is the source) and
/// "As stated in Davis' commentary, there are …" (the document or person after "in"/"by").
/// </summary>
internal sealed partial class CueFrames
{
    private static readonly FrozenSet<string> AccountNouns = new[]
    {
        "estimate", "estimates", "count", "counts", "account", "accounts", "admission", "calculation", "calculations", "reckoning",
        "tally", "measure", "measures",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void FindByAccount(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        var by = FirstWord(a, b);
        if (v.Is(by, "as") && v.IsCap(by))
        {
            AsStated(s, b, by, into);
            return;
        }

        if (!v.Is(by, "by") || !v.IsCap(by))
        {
            ClosingAccount(s, a, b, into);
            return;
        }

        var noun = by + 1;
        while (noun < b && noun <= by + 5 && !v.In(noun, AccountNouns) && !v.IsPunct(noun, ','))
        {
            noun++;
        }

        if (!v.In(noun, AccountNouns) || !v.IsPunct(noun + 1, ',') || RightContent(noun + 2, b) is not { } content || Covered(into, content.Span))
        {
            return;
        }

        var source = AccountSource(by, noun);
        into.Add(new Draft
        {
            Content = content.Span, Direct = content.Direct, Cue = v.Span(by, noun), SpeakerSpan = source, Sentence = s, Confidence = 0.6,
            Kind = CueKind.Report, Frames = true,
        });
    }

    /// <summary>"…, by one estimate.": the account closes the sentence and frames what precedes it.</summary>
    private void ClosingAccount(int s, int a, int b, List<Draft> into)
    {
        var noun = b - 1;
        while (noun > a && !v.IsWord(noun))
        {
            noun--;
        }

        if (!v.In(noun, AccountNouns))
        {
            return;
        }

        var by = noun - 1;
        while (by > a && by >= noun - 5 && !v.Is(by, "by") && v.IsWord(by))
        {
            by--;
        }

        if (!v.Is(by, "by") || !v.IsPunct(by - 1, ',') || LeftContent(s, a, by - 1, by - 1) is not { } content || Covered(into, content.Span))
        {
            return;
        }

        into.Add(new Draft
        {
            Content = content.Span, Direct = content.Direct, Cue = v.Span(by, noun), SpeakerSpan = AccountSource(by, noun), Sentence = s, Confidence = 0.6,
            Kind = CueKind.Report, Frames = true,
        });
    }

    /// <summary>The owner of "by Trump's own admission"; else the estimate itself ("one estimate").</summary>
    private TextSpan AccountSource(int by, int noun)
    {
        var owner = by + 1;
        while (owner < noun && !PhraseScanner.EndsPossessive(v, owner) && !v.In(owner, PossessivePronouns))
        {
            owner++;
        }

        return v.Span(by + 1, owner < noun ? owner : noun);
    }

    private static readonly FrozenSet<string> StatedParticiples = new[]
    {
        "stated", "noted", "reported", "described", "outlined", "explained", "detailed", "documented", "shown", "mentioned", "argued",
        "suggested", "written", "laid",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"As stated in Davis' commentary, there are …", "As reported by the Post, …".</summary>
    private void AsStated(int s, int b, int asAt, List<Draft> into)
    {
        var participle = asAt + 1;
        var prep = v.Is(participle + 1, "out") ? participle + 2 : participle + 1; // "As laid out in the plan"
        var comma = prep + 1;
        while (comma < Math.Min(b, prep + 15) && (v.IsWord(comma) || v.IsPunct(comma, '.') || v.IsPunct(comma, '-') || PossessiveMark(comma)))
        {
            comma++; // "Davis' commentary": a possessive apostrophe is no quotation mark
        }

        if (!v.In(participle, StatedParticiples) || !(v.Is(prep, "in") || v.Is(prep, "by")) || !v.IsPunct(comma, ',') || comma < prep + 2)
        {
            return;
        }

        var last = comma - 1;
        if (!PhraseScanner.CanNameSpeaker(v, prep + 1, last) || RightContent(comma + 1, b) is not { } content)
        {
            return;
        }

        into.Add(new Draft
        {
            Content = content.Span, Direct = content.Direct, Cue = v.Span(asAt, participle), SpeakerSpan = v.Span(prep + 1, last), Sentence = s, Confidence = 0.6,
            Kind = CueKind.Report, Frames = true,
        });
    }

    /// <summary>An apostrophe right after a word ending in "s": "Davis' commentary".</summary>
    private bool PossessiveMark(int k) =>
        (v.IsPunct(k, '\'') || v.IsPunct(k, '\u2019')) && k > 0 && v.Tokens[k].Span.Start == v.Tokens[k - 1].Span.End
        && v.W(k - 1).EndsWith("s", StringComparison.Ordinal);
}
