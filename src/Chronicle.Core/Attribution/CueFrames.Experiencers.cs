using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>Verbs of feeling whose object holds the feeling: "The closure worries environmentalists".</summary>
internal sealed partial class CueFrames
{
    /// <summary>Active forms of verbs whose object feels what the subject causes.</summary>
    private static readonly FrozenSet<string> ExperiencerVerbForms = new[]
    {
        "worries", "worried", "angers", "angered", "alarms", "alarmed", "troubles", "troubled", "frustrates", "frustrated", "unsettles",
        "unsettled", "infuriates", "infuriated", "outrages", "outraged", "dismays", "dismayed", "disturbs", "disturbed", "bothers",
        "bothered", "irritates", "irritated", "annoys", "annoyed", "pleases", "pleased", "delights", "delighted", "disappoints",
        "disappointed", "appalls", "appalled", "offends", "offended", "frightens", "frightened", "scares", "scared", "concerns",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// "The closure of the canal worries environmentalists", "The board has regularly angered fishermen": the
    /// object holds the feeling (the source) and the subject is what it is about (the content). A form of "be"
    /// before the verb makes it an adjective ("are worried about"), which <see cref="FindStanceAdjectives"/> reads.
    /// </summary>
    public void FindExperiencers(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var i = a + 1; i < b - 1; i++)
        {
            // Every form ends in "s" or "d": one character settles most words before the set lookup.
            if (!v.IsWord(i) || v.W(i) is not { Length: >= 5 } w || !(w[^1] is 's' or 'd') || !v.In(i, ExperiencerVerbForms) || v.IsCap(i) || InsideQuotation(i))
            {
                continue;
            }

            var before = PhraseScanner.SkipVerbPrefix(v, i - 1, a);
            if (before < a || v.In(i - 1, BeForms) || v.Is(i - 1, "been") || v.In(before, BeForms) || PhraseScanner.IsDeterminer(v, i - 1) || EndsPossessive(i - 1))
            {
                continue; // "are worried", "the worries", "his concerns"
            }

            if (!v.IsWord(i + 1) || v.In(i + 1, SpeakerWords.LeftStops) || v.In(i + 1, SpeakerWords.RightStops) || v.In(i + 1, BeForms))
            {
                continue; // "Health worries have dogged …" (a noun), "increasingly worried about …" (an adjective)
            }

            var holder = PhraseScanner.Right(v, i + 1, b);
            if (holder is not { } h || !CanHoldAView(v.TokenAt(h.Start), v.TokenAt(h.End) - 1) || v.Is(v.TokenAt(h.End), "that") || v.Is(v.TokenAt(h.End), "to"))
            {
                continue; // "worries that …" reports the subject's worry; "angered the deal" has no one to feel it
            }

            var cause = PhraseScanner.Left(v, before, a);
            if (cause is not { } c || Covered(into, c))
            {
                continue;
            }

            into.Add(new Draft { Content = c, Direct = false, Cue = v.Span(i, i), SpeakerSpan = h, Sentence = s, Confidence = 0.45, Kind = CueKind.Mind });
        }
    }

    /// <summary>The phrase from <paramref name="first"/> to <paramref name="last"/> names people: a name, a plural, or a source noun.</summary>
    private bool CanHoldAView(int first, int last)
    {
        if (v.IsCap(last) && !v.In(last, SpeakerWords.CapitalisedFunctionWords))
        {
            return true;
        }

        if (v.In(first, SpeakerWords.Pronouns) && first == last)
        {
            return false; // "worries them": an object pronoun names no one here
        }

        var head = v.W(last);
        return v.In(last, SpeakerWords.SourceNouns) || head.EndsWith("ists", StringComparison.Ordinal) || head.EndsWith("ers", StringComparison.Ordinal)
            || head.EndsWith("men", StringComparison.Ordinal) || head.EndsWith("ans", StringComparison.Ordinal) || head.EndsWith("ents", StringComparison.Ordinal);
    }
}
