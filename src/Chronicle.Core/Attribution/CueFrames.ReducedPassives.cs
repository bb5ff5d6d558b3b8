using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// A noun phrase followed by an act or a stance verb in the past participle and its "by" agent ("a record penalty imposed
/// by the bureau", "a view echoed by everyone I interviewed"): the agent did it to the noun phrase.
/// </summary>
internal sealed partial class CueFrames
{
    /// <summary>
    /// "a record $100 million penalty imposed by the Consumer Financial Protection Bureau", "a view echoed by everyone I
    /// interviewed": a noun phrase, an act or a stance verb in the past participle, and its agent. The agent is the source, the
    /// noun phrase what it imposed or echoed. Only a noun right before the participle qualifies (not a clause's verb).
    /// </summary>
    private void ReducedPassiveAct(int s, int a, int b, int i, List<Draft> into)
    {
        if (i - 1 < a || !v.IsWord(i - 1) || v.In(i - 1, SpeakerWords.LeftStops) || v.In(i - 1, SpeakerWords.Pronouns) || PhraseScanner.IsAdverb(v, i - 1)
            || PhraseScanner.Right(v, i + 2, b) is not { } agent || NounPhraseBefore(i - 1, a) is not { } thing || Covered(into, thing))
        {
            return;
        }

        into.Add(new Draft { Content = thing, Direct = false, Cue = v.Span(i, i), SpeakerSpan = agent, Sentence = s, Confidence = 0.45, Kind = CueKind.Action });
    }

    /// <summary>
    /// The noun phrase ending at <paramref name="end"/>, back to its determiner: "a record $100 million penalty", "a view";
    /// null when no determiner opens it within a few words.
    /// </summary>
    private TextSpan? NounPhraseBefore(int end, int a)
    {
        for (var k = end; k >= a && k > end - 7; k--)
        {
            if (PhraseScanner.IsDeterminer(v, k) && !v.Is(k, "to") && !v.Is(k, "of") && !v.Is(k, "that"))
            {
                return k < end ? v.Span(k, end) : null;
            }

            if (!(v.IsWord(k) || v.Tokens[k].Kind == TokenKind.Number || v.IsPunct(k, '$') || v.IsPunct(k, '-') || v.IsPunct(k, '.')) || v.In(k, SpeakerWords.LeftStops))
            {
                return null;
            }
        }

        return null;
    }
}
