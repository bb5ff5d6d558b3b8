using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Text;

/// <summary>
/// Used only when the actors layer is empty: guesses actor mentions from capitalised word runs
/// ("Free Highlands Brigade", "Prime Minister Ilan Voss" → "Ilan Voss") and nationality adjectives
/// ("Iraqi officials" → Iraq). Names stay as written; ids are "guess:…" so nobody mistakes them for
/// curated actors. Good enough to find who did what to whom; the actors stage does this properly.
/// </summary>
internal static class FallbackActors
{
    // Capitalised words that start sentences or name roles, not actors.
    private static readonly WordSet Skip = WordSet.Of(
        "the", "a", "an", "this", "that", "these", "those", "last", "next", "on", "in", "at", "by", "for", "but", "and", "or",
        "meanwhile", "however", "according", "despite", "since", "while", "although", "after", "before", "during", "speaking",
        "it", "he", "she", "they", "we", "i", "his", "her", "their", "its", "our", "there", "today", "yesterday", "some", "many",
        "several", "both", "as", "if", "when", "also", "earlier", "later", "first", "second", "moreover", "additionally", "yet", "so",
        "days", "hours", "weeks", "with", "without", "from", "to", "of", "under", "amid", "following", "two", "three", "one", "all",
        "other", "another", "such", "most", "more", "no", "not", "what", "who", "why", "how", "where", "which", "new", "former", "then");

    private static readonly WordSet Titles = WordSet.Of(
        "prime", "minister", "president", "secretary", "general", "spokesman", "spokesperson", "spokeswoman", "commander", "gen",
        "maj", "lt", "col", "sgt", "lieutenant-general", "lieutenant", "major", "colonel", "deputy", "speaker", "foreign", "defence",
        "defense", "interior", "chief", "head", "leader", "ambassador", "adviser", "advisor", "mr", "mrs", "ms", "dr", "sheikh", "king",
        "queen", "senator", "governor", "mayor", "envoy", "sergeant", "master", "air", "force", "army", "staff", "national", "security");

    private static readonly WordSet Joiners = WordSet.Of("of", "al", "bin", "ibn", "de", "von", "van", "el");

    /// <summary>Nationality adjectives, a small general table (not tied to one story).</summary>
    private static readonly Dictionary<string, string> Demonyms = new(StringComparer.Ordinal)
    {
        ["american"] = "United States", ["iraqi"] = "Iraq", ["iranian"] = "Iran", ["israeli"] = "Israel", ["syrian"] = "Syria",
        ["turkish"] = "Turkey", ["russian"] = "Russia", ["british"] = "United Kingdom", ["french"] = "France", ["german"] = "Germany",
        ["chinese"] = "China", ["lebanese"] = "Lebanon", ["jordanian"] = "Jordan", ["saudi"] = "Saudi Arabia", ["egyptian"] = "Egypt",
        ["ukrainian"] = "Ukraine", ["palestinian"] = "Palestine", ["kuwaiti"] = "Kuwait", ["qatari"] = "Qatar", ["yemeni"] = "Yemen",
    };

    public static ImmutableArray<ActorMention> Detect(DocumentView view)
    {
        var result = ImmutableArray.CreateBuilder<ActorMention>();
        var tokens = view.Tokens;
        var i = 0;
        while (i < tokens.Length)
        {
            if (!StartsName(view, i))
            {
                i++;
                continue;
            }

            var end = i; // exclusive
            while (end < tokens.Length)
            {
                if (StartsName(view, end) || IsDottedInitial(view, end))
                {
                    end++;
                    if (IsPossessive(view.Word(end - 1)))
                    {
                        break; // "Iraq's Foreign Ministry": the owner is a name of its own
                    }
                }
                else if (Joiners.Contains(view.Word(end)) && end + 1 < tokens.Length && view.IsCapitalized(end + 1) && end > i)
                {
                    end++;
                }
                else
                {
                    break;
                }
            }

            Emit(view, i, end, result);
            i = Math.Max(end, i + 1);
        }

        return result.ToImmutable();
    }

    private static bool StartsName(DocumentView view, int t) =>
        view.IsNamePart(t) && !Cues.Months.Contains(view.Word(t)) && !Cues.Weekdays.Contains(view.Word(t));

    // "U.S." is tokenised U . S . — keep the dots inside the name.
    private static bool IsDottedInitial(DocumentView view, int t) =>
        view.Raw(t) is "." && t > 0 && view.Raw(t - 1).Length == 1 && char.IsUpper(view.Raw(t - 1)[0])
        && view.Tokens[t].Span.Start == view.Tokens[t - 1].Span.End;

    private static void Emit(DocumentView view, int start, int end, ImmutableArray<ActorMention>.Builder into)
    {
        while (start < end && (Skip.Contains(view.Word(start)) || view.IsPunct(start)))
        {
            start++;
        }

        while (start < end)
        {
            var w = Possessive(view.Word(start));
            if (Demonyms.TryGetValue(w.ToString(), out var country))
            {
                into.Add(new ActorMention(view.Tokens[start].Span, "guess:" + country, country, ActorKind.Country, 0.4));
                start++;
                continue;
            }

            if (Titles.Contains(w) && start + 1 < end)
            {
                start++;
                continue;
            }

            break;
        }

        while (end > start && (view.IsPunct(end - 1) && !IsDottedInitial(view, end - 1)))
        {
            end--;
        }

        if (start >= end || (end - start == 1 && Titles.Contains(view.Word(start))))
        {
            return;
        }

        var span = view.SpanOf(start, end - 1);
        var name = Possessive(span.Slice(view.Text)).ToString();
        if (name.Length < 2)
        {
            return;
        }

        into.Add(new ActorMention(span, "guess:" + name, name, ActorKind.Unknown, 0.3));
    }

    private static bool IsPossessive(ReadOnlySpan<char> w) => w.EndsWith("'s") || w.EndsWith("\u2019s");

    private static ReadOnlySpan<char> Possessive(ReadOnlySpan<char> w) => IsPossessive(w) ? w[..^2] : w;
}
