using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Text;

/// <summary>An actor mention with the tokens it covers.</summary>
internal sealed record MentionAt(ActorMention Mention, int First, int Last);

/// <summary>One sentence as the extractors see it: its tokens, clauses and actor mentions.</summary>
internal sealed class SentenceFrame
{
    public SentenceFrame(DocumentView view, int index)
    {
        View = view;
        Index = index;
        Span = view.Doc.Sentences[index].Span;
        (First, End) = view.TokenRange(Span);
        Clauses = Clauses.Split(view, First, End);
        Mentions = [.. view.ActorsIn(Span).Select(m => new MentionAt(m, view.TokenAt(m.Span.Start), Math.Max(view.TokenAt(m.Span.Start), view.TokenAt(m.Span.End) - 1)))];
    }

    public DocumentView View { get; }

    public int Index { get; }

    public TextSpan Span { get; }

    public int First { get; }

    public int End { get; }

    public Clauses Clauses { get; }

    public IReadOnlyList<MentionAt> Mentions { get; }

    public int ClauseStart(int t) => Clauses.Start(Clauses.IndexOf(t));

    public int ClauseEnd(int t) => Clauses.End(Clauses.IndexOf(t));

    /// <summary>Index of a reporting verb in [from, to), searching backwards; -1 if none.</summary>
    public int ReportingVerbBefore(int from, int to)
    {
        for (var t = to - 1; t >= from; t--)
        {
            if (Cues.Reporting.Contains(View.Word(t)))
            {
                return t;
            }
        }

        return -1;
    }

    /// <summary>
    /// True when the mention names who speaks rather than who acts: followed by a reporting verb
    /// ("Reuters reported", "Washington said"), introduced by "according to"/"told", or a media outlet.
    /// </summary>
    public bool IsSpeaker(MentionAt m, int trigger = -1)
    {
        if (m.Mention.Kind == ActorKind.Media)
        {
            return true;
        }

        // "Iraqi officials and armed faction commanders told …": a name first in a list of speakers speaks too.
        var reach = 3;
        var listed = false;
        for (var t = m.Last + 1; t < End && t <= m.Last + reach; t++)
        {
            if (Cues.Reporting.Contains(View.Word(t)))
            {
                // The verb is the event itself ("Washington has warned"), or the event is its object
                // ("Kadhimi announced the formation of …"): then the name acts.
                return trigger < 0 || !(t == trigger || (trigger > t && trigger - t <= 3 && OnlyDeterminers(t + 1, trigger)));
            }

            if (!listed && t == m.Last + 1 && View.Word(t) is "and")
            {
                listed = true;
                reach = ListReach;
                continue;
            }

            if (!View.IsPunct(t) && !IsModifierWord(View.Word(t)) && !(listed && !View.IsCapitalized(t) && View.Word(t) is not ("that" or "who" or "which")))
            {
                break;
            }
        }

        var before = m.First - 1;
        return before > First && (View.Is(before, "to") && View.Is(before - 1, "according") || View.Is(before, "told") || View.Is(before, "citing"));
    }

    private const int ListReach = 6;

    private bool OnlyDeterminers(int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (View.Word(t) is not ("the" or "a" or "an" or "its" or "his" or "her" or "their"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsModifierWord(ReadOnlySpan<char> w) => w is "also" or "has" or "have" or "had" or "later" or "then" or "on" or "recently";
}
