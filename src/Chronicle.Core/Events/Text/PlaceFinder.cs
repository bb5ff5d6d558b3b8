using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Text;

/// <summary>A location found in a sentence: its resolved name and the tokens that name it.</summary>
internal sealed record PlaceAt(string Name, int First, int Last, bool Specific);

/// <summary>
/// Finds locations: a preposition of place ("in", "at", "near", "to", and "on" before a place noun)
/// followed by a proper name, optionally with a place noun ("Babil province", "Ain al-Asad airbase",
/// "the port city of Haifa", "the Jordan-Syria border"). A name the actors layer marks as a place
/// resolves to its canonical name; a capital used as a location keeps the city's name ("flew to
/// Tehran" is Tehran, not Iran). Months, weekdays, times and people are never places.
/// </summary>
internal static class PlaceFinder
{
    private static readonly WordSet AfterPlace = WordSet.Of(
        "and", "or", "on", "in", "at", "to", "for", "with", "after", "before", "since", "during", "last", "this", "as", "by", "from",
        "where", "which", "that", "when", "while", "the", "a", "an", "over", "into", "until", "earlier", "later", "next", "is", "was", "were", "are");

    private static readonly WordSet NamedThings = WordSet.Of(
        "doctrine", "strategy", "policy", "plan", "accord", "accords", "agreement", "agreements", "deal", "process", "initiative",
        "framework", "format", "formula", "principle", "principles", "declaration", "resolution", "protocol", "talks", "summit",
        "conference", "forum", "model", "movement", "operation", "campaign", "law");

    public static List<PlaceAt> Find(SentenceFrame frame, int first, int end)
    {
        var view = frame.View;
        var places = new List<PlaceAt>();
        for (var t = first; t < end - 1; t++)
        {
            var prep = view.Word(t);
            var isOn = prep is "on" or "over";
            if (!(Cues.Locative.Contains(prep) || prep is "to" or "into" || isOn))
            {
                continue;
            }

            if (TryRead(frame, t + 1, end, isOn, out var place))
            {
                places.Add(place);
                t = place.Last;

                // "in Palestine and Lebanon": a country or place named right after "and"/"or" is in the phrase too.
                while (t + 2 < end && view.Word(t + 1) is "and" or "or"
                    && frame.Mentions.FirstOrDefault(m => m.First == t + 2 && m.Mention.Kind is ActorKind.Place or ActorKind.Country) is { } next)
                {
                    places.Add(new PlaceAt(next.Mention.Name, next.First, next.Last, true));
                    t = next.Last;
                }
            }
        }

        // Names the actors layer calls places count even without a preposition ("the Erbil attack").
        foreach (var m in frame.Mentions)
        {
            if (m.Mention.Kind == ActorKind.Place && m.First >= first && m.Last < end && !places.Any(p => p.First <= m.First && m.First <= p.Last))
            {
                places.Add(new PlaceAt(m.Mention.Name, m.First, m.Last, true));
            }
        }

        places.Sort((a, b) => a.First.CompareTo(b.First));
        return places;
    }

    private static bool TryRead(SentenceFrame frame, int t, int end, bool needsHead, out PlaceAt place)
    {
        var view = frame.View;
        place = null!;
        var owner = -1;
        while (t < end && (Cues.PlaceAdjective.Contains(view.Word(t)) || IsPossessiveName(view, t)))
        {
            owner = IsPossessiveName(view, t) ? t : owner;
            t++;
        }

        // "the port city of Haifa": heads first, then the name after "of".
        var h = t;
        while (h < end && Cues.PlaceHead.Contains(view.Word(h)))
        {
            h++;
        }

        var headFirst = h > t && view.Is(h, "of");
        if (headFirst)
        {
            t = h + 1;
        }

        var (runStart, runEnd) = Run(view, t, end);
        if (runEnd == runStart)
        {
            return false;
        }

        var headEnd = runEnd;
        while (headEnd < end && Cues.PlaceHead.Contains(view.Word(headEnd)))
        {
            headEnd++;
        }

        // "the Israeli port city of Haifa": the place is the name after "of".
        if (headEnd > runEnd && headEnd < end - 1 && view.Is(headEnd, "of"))
        {
            var (s2, e2) = Run(view, headEnd + 1, end);
            if (e2 > s2)
            {
                return Accept(frame, s2, e2, e2 - 1, keepHead: false, specific: true, out place);
            }
        }

        var hasHead = headEnd > runEnd || headFirst;

        // "from the Lodravian parliament": a single capitalised word before a common noun is an adjective.
        if (!hasHead && runEnd - runStart == 1 && runEnd < end && view.Tokens[runEnd].Kind == Model.TokenKind.Word
            && !view.IsCapitalized(runEnd) && !AfterPlace.Contains(view.Word(runEnd)))
        {
            return false;
        }
        // "to the Unity of Fronts doctrine", "under the Camp Halden accords": a name before such a noun names a thing, not a place.
        if (!hasHead && runEnd < end && NamedThings.Contains(view.Word(runEnd)))
        {
            return false;
        }

        if (needsHead && !hasHead && !IsPlaceMention(frame, runStart, runEnd))
        {
            return false;
        }

        var keepHead = headEnd > runEnd && view.Word(runEnd) is "border" or "crossing" or "strip" or "valley" or "pass";
        if (!Accept(frame, runStart, keepHead ? runEnd + 1 : runEnd, headEnd - 1, keepHead, hasHead, out place))
        {
            return false;
        }

        // "Iraq's Babil province": the owner is part of the place phrase, not a participant.
        place = owner >= 0 ? place with { First = owner } : place;
        return true;
    }

    private static bool Accept(SentenceFrame frame, int start, int nameEnd, int last, bool keepHead, bool specific, out PlaceAt place)
    {
        var view = frame.View;
        place = null!;
        for (var t = start; t < nameEnd; t++)
        {
            if (view.InTime(t) || Cues.Months.Contains(view.Word(t)) || Cues.Weekdays.Contains(view.Word(t)))
            {
                return false;
            }
        }

        var mention = frame.Mentions.FirstOrDefault(m => m.First >= start && m.First < nameEnd);
        if (mention is not null && mention.Mention.Kind is ActorKind.Person or ActorKind.Media or ActorKind.Organisation or ActorKind.ArmedGroup)
        {
            return false;
        }

        var text = view.Text[view.Tokens[start].Span.Start..view.Tokens[nameEnd - 1].Span.End];
        if (text.EndsWith("'s", StringComparison.Ordinal) || text.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            text = text[..^2];
        }

        var name = mention is not null && mention.Mention.Kind == ActorKind.Place && !keepHead && mention.Last == nameEnd - 1 ? mention.Mention.Name : text;
        place = new PlaceAt(name, start, last, specific || mention?.Mention.Kind == ActorKind.Place);
        return true;
    }

    private static (int Start, int End) Run(DocumentView view, int t, int end)
    {
        var s = t;
        while (t < end && (view.IsNamePart(t) || (t > s && view.Word(t) is "al" or "of" && t + 1 < end && view.IsNamePart(t + 1))))
        {
            t++;
            if (view.Word(t - 1).EndsWith("'s") || view.Word(t - 1).EndsWith("\u2019s"))
            {
                break;
            }
        }

        return (s, t);
    }

    private static bool IsPossessiveName(DocumentView view, int t) =>
        view.IsNamePart(t) && (view.Word(t).EndsWith("'s") || view.Word(t).EndsWith("\u2019s"));

    private static bool IsPlaceMention(SentenceFrame frame, int start, int end) =>
        frame.Mentions.Any(m => m.First >= start && m.First < end && m.Mention.Kind is ActorKind.Place or ActorKind.Country);
}
