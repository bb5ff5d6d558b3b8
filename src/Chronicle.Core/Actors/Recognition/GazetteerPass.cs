using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Finds the curated actors' names and aliases (longest match first, exact before transliterated), then
/// applies the rules that depend on what follows or precedes a known name: capitals as places or as
/// their governments, "US government" / "the Biden administration" as the state, "Iran-backed" as a
/// weaker modifier use, and scraped possessives that lost their apostrophe ("Iraqs government").
/// </summary>
internal static class GazetteerPass
{
    public static void Run(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        for (var k = 0; k < pieces.Count; k++)
        {
            if (ctx.IsCovered(k))
            {
                continue;
            }

            var match = ctx.Catalog.Gazetteer.Longest(pieces, k, titles: false);
            if (match is { } skip && (IsSurnameOfAnotherName(ctx, skip) || IsShoutedWord(ctx, skip)))
            {
                k = skip.End - 1;
                continue;
            }

            if (match is { } m)
            {
                var rule = m.Transliterated ? MentionRule.Transliteration : m.Entry.IsCanonical ? MentionRule.Name : MentionRule.Alias;
                var confidence = m.Transliterated ? 0.8 : m.Entry.IsCanonical ? 0.95 : 0.9;
                var c = Build(ctx, m.Start, m.End, m.Entry.Target, rule, confidence);
                ctx.Add(c);
                k = c.EndPiece - 1;
                if (LeadersAdministration(ctx, c) is { } administration)
                {
                    ctx.Add(administration);
                    k = administration.EndPiece - 1;
                }
            }
            else if (LostApostrophe(ctx, k) is { } target)
            {
                var c = Build(ctx, k, k + 1, target, MentionRule.LostApostrophe, 0.7);
                ctx.Add(c.EndPiece == k + 1 ? c with { Span = new TextSpan(pieces[k].Span.Start, pieces[k].Span.End - 1) } : c);
                k = c.EndPiece - 1;
            }
        }
    }

    private static Candidate Build(MentionContext ctx, int first, int end, int actor, MentionRule rule, double confidence)
    {
        var a = ctx.Catalog[actor];
        var pieces = ctx.Pieces;
        var span = ctx.SpanOf(first, end);

        // "Iran-backed", "US-led": the name modifies a compound; still a mention, less surely an actor.
        if (end < pieces.Count && pieces[end].Has(PieceFlags.HyphenBefore) && !pieces[end].Has(PieceFlags.Capitalised))
        {
            confidence *= 0.85;
        }

        if (a.StandsFor is { } stands && rule != MentionRule.LostApostrophe)
        {
            if (!IsPlaceUse(ctx, first, end))
            {
                var state = ctx.Catalog.IndexOf(stands);
                return new Candidate(first, end, span, stands, ctx.Catalog[state].Name, ActorKind.Government, 0.75, MentionRule.Metonymy, state);
            }

            return new Candidate(first, end, span, a.Id, a.Name, ActorKind.Place, confidence * 0.9, MentionRule.PlaceName, actor);
        }

        var next = end;
        // "Iraq's government" is the government; "Biden's administration" keeps naming Biden.
        var possessive = pieces[end - 1].Has(PieceFlags.Possessive) || rule == MentionRule.LostApostrophe;
        if (a.Kind == ActorKind.Country && ctx.IsGovernmentNoun(next) && pieces[next].Continues && !pieces[next].Has(PieceFlags.HyphenBefore))
        {
            return new Candidate(first, next + 1, ctx.SpanOf(first, next + 1), a.Id, a.Name, ActorKind.Government, 0.9, MentionRule.Government, actor);
        }

        if (a.Kind == ActorKind.Person && !possessive && next < pieces.Count && pieces[next].Continues &&
            (ctx.Is(next, "administration") || ctx.Is(next, "government")) && LedState(ctx.Catalog, a) is { } led)
        {
            var s = ctx.Catalog[led];
            return new Candidate(first, next + 1, ctx.SpanOf(first, next + 1), s.Id, s.Name, ActorKind.Government, 0.85, MentionRule.Administration, led);
        }

        return new Candidate(first, end, span, a.Id, a.Name, a.Kind, confidence, rule, actor);
    }

    /// <summary>
    /// "President Joe Biden's administration": the possessor stays the person, and "administration" (or
    /// "government") after it is a mention of the state the person leads — the two spans do not overlap,
    /// so both readings are kept. Only a person with a head-of-state or head-of-government role qualifies.
    /// </summary>
    private static Candidate? LeadersAdministration(MentionContext ctx, Candidate person)
    {
        var pieces = ctx.Pieces;
        var next = person.EndPiece;
        if (person.Kind != ActorKind.Person || !pieces[next - 1].Has(PieceFlags.Possessive) || next >= pieces.Count || !pieces[next].Continues
            || !(ctx.Is(next, "administration") || ctx.Is(next, "government")) || LedState(ctx.Catalog, ctx.Catalog[person.Actor]) is not { } led)
        {
            return null;
        }

        var s = ctx.Catalog[led];
        return new Candidate(next, next + 1, ctx.SpanOf(next, next + 1), s.Id, s.Name, ActorKind.Government, 0.8, MentionRule.Administration, led);
    }

    /// <summary>
    /// A capital is the place when a preposition of place or motion comes before it ("in Baghdad", "flew to
    /// Tehran"), a place noun after it ("the Baghdad embassy"), or it shares a preposition with a place
    /// just before ("in Baghdad and Erbil"); otherwise it speaks for its state ("Washington said").
    /// </summary>
    internal static bool IsPlaceUse(MentionContext ctx, int first, int end)
    {
        var pieces = ctx.Pieces;
        var before = first - 1;
        if (before >= 0 && pieces[first].Continues && WordLists.Contains(WordLists.Locative, ctx.TextOf(before)))
        {
            return true;
        }

        if (end < pieces.Count && pieces[end].Continues && !pieces[end - 1].Has(PieceFlags.Possessive) &&
            WordLists.Contains(WordLists.PlaceNouns, ctx.TextOf(end)))
        {
            return true;
        }

        return before >= 1 && pieces[first].Continues && (ctx.Is(before, "and") || ctx.Is(before, "or")) &&
            ctx.OwnerOf(before - 1) is { Rule: MentionRule.PlaceName };
    }

    /// <summary>
    /// "Hadi Kazemi" is not "Kadhimi": a one-word alias of a person right after a capitalised word that is
    /// no title, function word or demonym is the surname of someone else's longer name.
    /// </summary>
    private static bool IsSurnameOfAnotherName(MentionContext ctx, Gazetteer.Match m)
    {
        var first = ctx.Pieces[m.Start].Has(PieceFlags.Article) ? m.Start + 1 : m.Start;
        if (m.End - first != 1 || ctx.Catalog[m.Entry.Target].Kind != ActorKind.Person || m.Start == 0 || !ctx.Pieces[m.Start].Continues)
        {
            return false;
        }

        var before = m.Start - 1;
        var s = ctx.TextOf(before);
        return ctx.Pieces[before].Has(PieceFlags.Capitalised) && !ctx.IsCovered(before) && !ctx.Pieces[before].Has(PieceFlags.Possessive) &&
            !WordLists.Contains(WordLists.Function, s) && !WordLists.Contains(WordLists.PersonTitles, s) && !WordLists.Contains(WordLists.TitleWords, s) &&
            !WordLists.Contains(WordLists.NotNames, s) && !WordLists.Contains(WordLists.Calendar, s) && ctx.DemonymOf(before) < 0;
    }

    /// <summary>
    /// In an all-caps line ("WHAT IS NEXT", "US PRESIDENT SPEAKS") a two-letter acronym is as likely a word:
    /// skip it when a neighbouring all-caps word of three or more letters is no known name.
    /// </summary>
    private static bool IsShoutedWord(MentionContext ctx, Gazetteer.Match m)
    {
        if (m.End - m.Start != 1 || m.Entry.Cases[0] != CaseRule.Upper || ctx.Pieces[m.Start].Span.Length > 2)
        {
            return false;
        }

        return Shouted(ctx, m.Start - 1, ctx.Pieces[m.Start].Continues) || Shouted(ctx, m.End, m.End < ctx.Pieces.Count && ctx.Pieces[m.End].Continues);
    }

    private static bool Shouted(MentionContext ctx, int k, bool adjacent) =>
        adjacent && k >= 0 && k < ctx.Pieces.Count && ctx.Pieces[k].Has(PieceFlags.AllCaps) && ctx.Pieces[k].Span.Length >= 3 && ctx.Pieces[k].ExactId < 0;

    /// <summary>The state a person led as president or prime minister (for "the Trump administration").</summary>
    private static int? LedState(ActorCatalog catalog, ActorDefinition person)
    {
        foreach (var role in person.Roles)
        {
            if (role.Title is "President" or "Prime Minister" && catalog.IndexOf(role.Of) is var i and >= 0 && catalog[i].Kind == ActorKind.Country)
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>A capitalised word ending in "s" whose stem is a one-word name: a possessive whose apostrophe the scrape lost.</summary>
    private static int? LostApostrophe(MentionContext ctx, int k)
    {
        var p = ctx.Pieces[k];
        var s = ctx.TextOf(k);
        if (!p.Has(PieceFlags.Capitalised) || p.Has(PieceFlags.AllCaps) || s.Length < 5 || s[^1] != 's')
        {
            return null;
        }

        Span<char> key = stackalloc char[64];
        if (s.Length > 64)
        {
            return null;
        }

        var n = NameKey.Exact(s[..^1], key);
        var entry = ctx.Catalog.Gazetteer.SingleName(key[..n]);
        return entry is { } e && ctx.Catalog[e.Target].Kind is ActorKind.Person or ActorKind.Country or ActorKind.Place ? e.Target : null;
    }
}
