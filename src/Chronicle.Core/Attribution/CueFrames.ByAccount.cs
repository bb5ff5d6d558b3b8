using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// "By one estimate, 300,000 acres …", "By Trump's own admission, his returns …": a sentence opening with "by" and an
/// estimate, count or admission frames the clause after the comma, like "according to". The source is the owner of the
/// admission or, without one, the estimate itself.
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
}
