using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Adjuncts that frame a clause like "according to": an estimate or an admission ("By one estimate, 300,000 acres …",
/// "…, by one estimate.", "By Trump's own admission, his returns …": the owner of the admission or, without one, the
/// estimate is the source), a document ("As stated in Davis' commentary, there are …") and a view ("In her view, …",
/// "In the view of many economists, …", "… is safe in his eyes.").
/// </summary>
internal sealed partial class CueFrames
{
    private static readonly FrozenSet<string> AccountNouns = new[]
    {
        "estimate", "estimates", "count", "counts", "account", "accounts", "admission", "calculation", "calculations", "reckoning",
        "tally", "measure", "measures",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void FindFramingAdjuncts(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        var first = FirstWord(a, b);
        if (v.IsCap(first) && v.Is(first, "as"))
        {
            AsStated(s, b, first, into);
            return;
        }

        if (v.IsCap(first) && v.Is(first, "in"))
        {
            InTheirView(s, b, first, into);
        }

        if (v.IsCap(first) && v.Is(first, "by"))
        {
            OpeningAccount(s, b, first, into);
            return;
        }

        ClosingAccount(s, a, b, into);
        ClosingView(s, a, b, into);
    }

    /// <summary>"By one estimate, …", "By Trump's own admission, …".</summary>
    private void OpeningAccount(int s, int b, int by, List<Draft> into)
    {
        var noun = by + 1;
        while (noun < b && noun <= by + 5 && !v.In(noun, AccountNouns) && !v.IsPunct(noun, ','))
        {
            noun++;
        }

        if (!v.In(noun, AccountNouns) || !v.IsPunct(noun + 1, ',') || RightContent(noun + 2, b) is not { } content || Covered(into, content.Span))
        {
            return;
        }

        into.Add(new Draft
        {
            Content = content.Span, Direct = content.Direct, Cue = v.Span(by, noun), SpeakerSpan = AccountSource(by, noun), Sentence = s, Confidence = 0.6,
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
        while (owner < noun && !Possessor(owner))
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

    private static readonly FrozenSet<string> ViewNouns = new[] { "view", "eyes", "opinion", "mind", "estimation", "judgment", "judgement" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"In his eyes, only …", "In Smith's view, …", "In the view of many economists, …": the holder of the view is the source.</summary>
    private void InTheirView(int s, int b, int inAt, List<Draft> into)
    {
        TextSpan? holder = null;
        int comma;
        if (Possessor(inAt + 1))
        {
            if (!v.In(inAt + 2, ViewNouns) || !v.IsPunct(inAt + 3, ','))
            {
                return;
            }

            holder = v.Span(inAt + 1, inAt + 1);
            comma = inAt + 3;
        }
        else if (v.Is(inAt + 1, "the") && v.In(inAt + 2, ViewNouns) && v.Is(inAt + 3, "of"))
        {
            comma = inAt + 4;
            while (comma < Math.Min(b, inAt + 12) && (v.IsWord(comma) || v.IsPunct(comma, '.')))
            {
                comma++;
            }

            if (!v.IsPunct(comma, ',') || comma < inAt + 5)
            {
                return;
            }

            holder = v.Span(inAt + 4, comma - 1);
        }
        else
        {
            return;
        }

        if (RightContent(comma + 1, b) is not { } content)
        {
            return;
        }

        into.Add(new Draft
        {
            Content = content.Span, Direct = content.Direct, Cue = v.Span(inAt, v.Is(inAt + 1, "the") ? inAt + 3 : inAt + 2), // "In his eyes", "In the view of"
            SpeakerSpan = holder, Sentence = s, Confidence = 0.55, Kind = CueKind.Mind, Frames = true,
        });
    }

    /// <summary>"Only European immigrants are “safe” in his eyes.": a view closing the sentence frames what precedes it.</summary>
    private void ClosingView(int s, int a, int b, List<Draft> into)
    {
        var noun = b - 1;
        while (noun > a && !v.IsWord(noun))
        {
            noun--;
        }

        if (noun - 2 <= a || !v.In(noun, ViewNouns) || !v.Is(noun - 2, "in") || !Possessor(noun - 1)
            || LeftContent(s, a, noun - 2, noun - 2) is not { } content || content.Span.End > v.Tokens[noun - 2].Span.Start)
        {
            return;
        }

        into.Add(new Draft
        {
            Content = content.Span, Direct = content.Direct, Cue = v.Span(noun - 2, noun), SpeakerSpan = v.Span(noun - 1, noun - 1), Sentence = s, Confidence = 0.55,
            Kind = CueKind.Mind, Frames = true,
        });
    }
}
