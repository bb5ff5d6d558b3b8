using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Capitalised-span detection for names the curated file does not know: maximal runs of capitalised
/// pieces (with "al-", "bin", "Abu" inside, and "of/for/in" after an organisation word: "Council of
/// Representatives"), trimmed of leading function words, titles and demonyms. A lone capitalised word at
/// a sentence start is only a name if the document also capitalises it, or its adjective ("Lodravian"),
/// mid-sentence. The kind comes from
/// the words around it: a title before it (person), a group word at its end ("Brigades", "Council",
/// "News"), an Arabic group opener ("Kataib", "Saraya"), a known given name.
/// </summary>
internal static class UnknownNameFinder
{
    public static List<NameRun> Find(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        var titleCase = TitleCaseLines.Mark(ctx);
        HashSet<string>? midCaps = null; // built on first need: most documents never ask
        var runs = new List<NameRun>();
        var k = 0;
        while (k < pieces.Count)
        {
            if (ctx.IsCovered(k) || titleCase[k] || !CanStart(ctx, k))
            {
                k++;
                continue;
            }

            var end = Extend(ctx, k, titleCase);
            var first = k;
            var person = k > 0 && pieces[k].Continues && WordLists.Contains(WordLists.PersonTitles, ctx.TextOf(k - 1));
            var groupName = IsHead(ctx, end - 1) || WordLists.Contains(WordLists.MediaHeads, ctx.TextOf(end - 1));
            while (first < end && IsLeadingStop(ctx, first, groupName))
            {
                person |= WordLists.Contains(WordLists.PersonTitles, ctx.TextOf(first));
                first++;
            }

            while (end > first && IsTrailingStop(ctx, end - 1))
            {
                end--;
            }

            // "Farm Minister Clara Ostrova", "Bank Governor Ali Saleh": the name starts after the last title word.
            for (var t = end - 2; t >= first; t--)
            {
                if (WordLists.Contains(WordLists.PersonTitles, ctx.TextOf(t)) && !groupName)
                {
                    first = t + 1;
                    person = true;
                    break;
                }
            }

            Candidate? absorbs = null;
            if (first < end && groupName && Before(ctx, first) is { Kind: ActorKind.Place or ActorKind.Country } place)
            {
                // "Basra Water Commission": a place name opening an organisation's name is part of it.
                absorbs = place;
                first = place.FirstPiece;
            }
            else if (first < end && WordLists.Contains(WordLists.ArmedGroupOpeners, ctx.TextOf(first)) && After(ctx, end) is { Kind: ActorKind.Person } namesake)
            {
                // "Saraya … al-Muhandis": armed groups are often named after a person.
                absorbs = namesake;
                end = namesake.EndPiece;
            }

            var names = NamePieces(ctx, first, end);
            if (names > 1 && AllShort(ctx, first, end))
            {
                // "R-IN", "D-NY": party and state tags, initials; no name is made of one- and two-letter words only.
                names = 0;
            }
            if (names > 0 && OnlyTitles(ctx, first, end))
            {
                names = 0; // "Lieutenant-General" before a known name: titles alone name no one
            }

            if (names > 0 && end < pieces.Count && pieces[end].Continues && !pieces[end].Has(PieceFlags.Capitalised)
                && WordLists.Contains(WordLists.NotActorHeads, ctx.TextOf(end)))
            {
                names = 0; // "the Unity of Fronts doctrine", "the Camp Halden accords": the name of a thing, not of an actor
            }

            if (names > 0 && (names > 1 || KeepSingle(ctx, end - 1, titleCase, ref midCaps)) && !WordLists.Contains(WordLists.NotActorHeads, ctx.TextOf(end - 1)))
            {
                runs.Add(Classify(ctx, first, end, names, person) with { Absorbs = absorbs });
            }

            k = Math.Max(k + 1, end);
        }

        return runs;
    }

    private static bool CanStart(MentionContext ctx, int k)
    {
        var p = ctx.Pieces[k];
        if (p.Has(PieceFlags.Number))
        {
            return false;
        }

        if (p.Has(PieceFlags.Article))
        {
            return k + 1 < ctx.Pieces.Count && !ctx.IsCovered(k + 1);
        }

        // "pro-Iranian", "anti-American": the second half of a lowercase compound is no name.
        if ((p.Has(PieceFlags.HyphenBefore) || p.Has(PieceFlags.GluedBefore)) && k > 0 && !ctx.Pieces[k - 1].Has(PieceFlags.Capitalised))
        {
            return false;
        }

        return p.Has(PieceFlags.Capitalised);
    }

    private static int Extend(MentionContext ctx, int k, bool[] titleCase)
    {
        var pieces = ctx.Pieces;
        var end = k + 1;
        while (end < pieces.Count && !ctx.IsCovered(end) && pieces[end].Continues && !titleCase[end] && !pieces[end].Has(PieceFlags.Number))
        {
            var p = pieces[end];
            var nextIsName = end + 1 < pieces.Count && !ctx.IsCovered(end + 1) && pieces[end + 1].Continues && pieces[end + 1].Has(PieceFlags.Capitalised);
            if (pieces[end - 1].Has(PieceFlags.Possessive))
            {
                break;
            }

            if (p.Has(PieceFlags.Capitalised) || (p.Has(PieceFlags.Article) && nextIsName) ||
                (nextIsName && WordLists.Contains(WordLists.NameParticles, ctx.TextOf(end))) ||
                (nextIsName && ctx.Is(end, "of") && !pieces[k].Has(PieceFlags.SentenceStart) &&
                    !WordLists.Contains(WordLists.NotNames, ctx.TextOf(end + 1)) && ctx.DemonymOf(end + 1) < 0) ||
                (nextIsName && WordLists.Contains(WordLists.Connectors, ctx.TextOf(end)) && !ctx.Is(end, "and") && IsHead(ctx, end - 1)
                    && !(ctx.Is(end, "in") && pieces[end + 1].Has(PieceFlags.Possessive))))
            {
                end++;
                continue;
            }

            break;
        }

        return end;
    }

    private static Candidate? Before(MentionContext ctx, int first) =>
        first > 0 && ctx.Pieces[first].Continues && !ctx.Pieces[first - 1].Has(PieceFlags.Possessive) &&
        ctx.OwnerOf(first - 1) is { } m && m.EndPiece == first && m.Rule is MentionRule.Name or MentionRule.Alias or MentionRule.PlaceName or MentionRule.Metonymy
            ? m
            : null;

    private static Candidate? After(MentionContext ctx, int end) =>
        end < ctx.Pieces.Count && ctx.Pieces[end].Continues && ctx.OwnerOf(end) is { } m && m.FirstPiece == end ? m : null;

    private static bool IsHead(MentionContext ctx, int k) =>
        WordLists.Contains(WordLists.OrganisationHeads, ctx.TextOf(k)) || WordLists.Contains(WordLists.ArmedGroupHeads, ctx.TextOf(k));

    private static bool OnlyTitles(MentionContext ctx, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            var s = ctx.TextOf(k);
            if (!WordLists.Contains(WordLists.PersonTitles, s) && !WordLists.Contains(WordLists.TitleWords, s))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsLeadingStop(MentionContext ctx, int k, bool groupName)
    {
        var s = ctx.TextOf(k);
        if (groupName && WordLists.Contains(WordLists.NameAdjectives, s))
        {
            return false;
        }

        return WordLists.Contains(WordLists.Function, s) || WordLists.Contains(WordLists.Calendar, s) ||
            WordLists.Contains(WordLists.PersonTitles, s) || WordLists.Contains(WordLists.TitleWords, s) ||
            ctx.DemonymOf(k) >= 0 || (!groupName && WordLists.Contains(WordLists.NotNames, s)) ||
            (ctx.Pieces[k].Has(PieceFlags.Article) && k + 1 < ctx.Pieces.Count && ctx.IsCovered(k + 1));
    }

    private static bool IsTrailingStop(MentionContext ctx, int k)
    {
        var p = ctx.Pieces[k];
        var s = ctx.TextOf(k);
        return p.Has(PieceFlags.Article) || !p.Has(PieceFlags.Capitalised) || WordLists.Contains(WordLists.Calendar, s);
    }

    private static bool KeepSingle(MentionContext ctx, int k, bool[] titleCase, ref HashSet<string>? midCaps)
    {
        var p = ctx.Pieces[k];
        var s = ctx.TextOf(k);
        if (s.Length < 2 || (p.Has(PieceFlags.AllCaps) && s.Length > 5) || WordLists.Contains(WordLists.NotNames, s) || IsDemonymPlural(ctx, k) ||
            (s.Length > 3 && s[^1] == 's' && WordLists.Contains(WordLists.NotNames, s[..^1])) ||
            IsHead(ctx, k) || WordLists.Contains(WordLists.MediaHeads, s))
        {
            return false;
        }

        // A common word whose possessive apostrophe the scrape lost ("Octobers elections", "Todays").
        if (s.Length > 3 && s[^1] == 's' && (WordLists.Contains(WordLists.Calendar, s[..^1]) || WordLists.Contains(WordLists.Function, s[..^1])))
        {
            return false;
        }

        if (!p.Has(PieceFlags.SentenceStart))
        {
            return true;
        }

        midCaps ??= MidSentenceCapitals(ctx, titleCase);
        var key = ctx.ExactKey(k);
        return midCaps.Contains(key) || HasAdjectiveOf(midCaps, key);
    }

    /// <summary>
    /// "Lodravia will release …" with "the Lodravian parliament" elsewhere: a place name's adjective used
    /// mid-sentence shows the sentence-initial word is the name.
    /// </summary>
    private static bool HasAdjectiveOf(HashSet<string> midCaps, string key) =>
        key.Length >= 4 && (midCaps.Contains(key + "n") || midCaps.Contains(key + "an") || midCaps.Contains(key + "ian")
            || midCaps.Contains(key + "i") || midCaps.Contains(key + "ese"));

    private static bool IsDemonymPlural(MentionContext ctx, int k)
    {
        var s = ctx.TextOf(k);
        if (s.Length < 4 || s[^1] != 's')
        {
            return false;
        }

        Span<char> key = stackalloc char[64];
        if (s.Length > 64)
        {
            return false;
        }

        var n = NameKey.Exact(s[..^1], key);
        return ctx.Catalog.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(key[..n]);
    }

    private static HashSet<string> MidSentenceCapitals(MentionContext ctx, bool[] titleCase)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        for (var k = 0; k < ctx.Pieces.Count; k++)
        {
            var p = ctx.Pieces[k];
            if (p.Has(PieceFlags.Capitalised) && !p.Has(PieceFlags.SentenceStart) && !ctx.IsCovered(k) && !titleCase[k])
            {
                set.Add(ctx.ExactKey(k));
            }
        }

        return set;
    }

    private static bool AllShort(MentionContext ctx, int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (!ctx.Pieces[k].Has(PieceFlags.Article) && ctx.Pieces[k].Span.Length > 2)
            {
                return false;
            }
        }

        return true;
    }

    private static int NamePieces(MentionContext ctx, int first, int end)
    {
        var n = 0;
        for (var k = first; k < end; k++)
        {
            n += ctx.Pieces[k].Has(PieceFlags.Article) ? 0 : 1;
        }

        return n;
    }

    private static NameRun Classify(MentionContext ctx, int first, int end, int pieces, bool personTitle)
    {
        var last = ctx.TextOf(end - 1);
        var opener = ctx.TextOf(ctx.Pieces[first].Has(PieceFlags.Article) && first + 1 < end ? first + 1 : first);
        if (WordLists.Contains(WordLists.ArmedGroupHeads, last) || WordLists.Contains(WordLists.ArmedGroupOpeners, opener))
        {
            return new NameRun(first, end, pieces, ActorKind.ArmedGroup, 0.6);
        }

        if (WordLists.Contains(WordLists.MediaHeads, last) && pieces > 1)
        {
            return new NameRun(first, end, pieces, ActorKind.Media, 0.55);
        }

        if (WordLists.Contains(WordLists.OrganisationHeads, last) && pieces > 1)
        {
            return new NameRun(first, end, pieces, ActorKind.Organisation, 0.6);
        }

        if (personTitle)
        {
            return new NameRun(first, end, pieces, ActorKind.Person, 0.6);
        }

        if (pieces is >= 2 and <= 5 && ctx.Catalog.GivenNames.Contains(ctx.ExactKey(first)))
        {
            return new NameRun(first, end, pieces, ActorKind.Person, 0.55);
        }

        var particles = false;
        for (var k = first; k < end; k++)
        {
            particles |= ctx.Pieces[k].Has(PieceFlags.Article) || WordLists.Contains(WordLists.NameParticles, ctx.TextOf(k));
        }

        if (particles && pieces is >= 2 and <= 5)
        {
            return new NameRun(first, end, pieces, ActorKind.Person, 0.5);
        }

        return new NameRun(first, end, pieces, ActorKind.Unknown, pieces > 1 ? 0.45 : 0.35);
    }
}
