using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// A nationality adjective before a group noun names a group: "the Iraqi resistance", "Iraqi militias",
/// "Syrian armed factions", "American troops". The phrase resolves, in order, to the curated actor
/// whose name or alias it is in any case ("Iraqi resistance" → Islamic Resistance in Iraq); to the state
/// when the noun is one through which a state acts (the file's <c>agentNouns</c>: officials, troops …);
/// else, for a non-state group noun (the file's <c>groupNouns</c>: militias, factions …), to an unknown
/// group of its own ("new:iraqi militias") — never to the state, which they are not. A plural phrase that
/// opens the sentence right after one naming an umbrella armed group of that country refers back to it:
/// "The Islamic Resistance in Iraq vowed to go on. Iraqi militias said they had fired …" (news varies the
/// name of the group it has just introduced; other militias would be told as "other" or named).
/// </summary>
internal static class DemonymGroupPass
{
    // Words that may stand between the adjective and the noun: "Iraqi armed factions", "Iraqi Shia militias".
    private static readonly string[] Modifiers = ["armed", "shia", "shiite", "sunni", "islamist", "paramilitary", "allied", "militant", "tribal", "opposition"];

    private const int MaxModifiers = 2;

    public static void Run(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        for (var k = 0; k + 1 < pieces.Count; k++)
        {
            var state = ctx.IsCovered(k) ? -1 : ctx.DemonymOf(k);
            if (state < 0 || PartOfName(ctx, k))
            {
                continue;
            }

            var noun = k + 1;
            while (noun < pieces.Count && noun - k <= MaxModifiers && Joins(ctx, noun) && IsModifier(ctx, noun))
            {
                noun++;
            }

            if (noun >= pieces.Count || !Joins(ctx, noun))
            {
                continue;
            }

            var agent = Has(ctx, ctx.Catalog.AgentNouns, noun);
            var group = Has(ctx, ctx.Catalog.GroupNouns, noun);
            // "the Iraqi Resistance Committee": the phrase is the start of a longer name.
            if ((!agent && !group) || StartsLongerName(pieces, noun + 1))
            {
                continue;
            }

            ctx.Add(Resolve(ctx, k, noun + 1, state, agent));
            k = noun;
        }
    }

    private static Candidate Resolve(MentionContext ctx, int first, int end, int state, bool agent)
    {
        var span = ctx.SpanOf(first, end);
        var phrase = span.Text(ctx.Text);
        if (ctx.Catalog.Find(phrase) is { } known && ctx.Catalog.IndexOf(known.Id) is var i and >= 0)
        {
            return new Candidate(first, end, span, known.Id, known.Name, known.Kind, 0.85, MentionRule.Alias, i);
        }

        if (agent)
        {
            var s = ctx.Catalog[state];
            return new Candidate(first, end, span, s.Id, s.Name, ActorKind.Government, 0.75, MentionRule.StateAgent, state);
        }

        if (BridgedUmbrella(ctx, first, end, state) is { } umbrella)
        {
            return umbrella with { FirstPiece = first, EndPiece = end, Span = span, Confidence = 0.6, Rule = MentionRule.Group };
        }

        var keys = new List<string>(end - first);
        for (var k = first; k < end; k++)
        {
            keys.Add(ctx.ExactKey(k));
        }

        return new Candidate(first, end, span, UnknownClusters.Prefix + string.Join(' ', keys), phrase, ActorKind.ArmedGroup, 0.7, MentionRule.Group, -1);
    }

    // How far back the sentence naming the umbrella may start: one sentence of ordinary length.
    private const int BridgeReach = 400;

    /// <summary>
    /// The umbrella armed group (one the actor file lists others as members of) whose name or alias holds
    /// the country, named in the sentence just before this plural phrase, when the phrase opens its
    /// sentence; else null.
    /// </summary>
    private static Candidate? BridgedUmbrella(MentionContext ctx, int first, int end, int state)
    {
        var start = ctx.Pieces[first].Span.Start;
        if (!ctx.TextOf(end - 1).EndsWith("s") || !OpensSentence(ctx.Text, start))
        {
            return null;
        }

        var country = ctx.Catalog[state].Name;
        Candidate? found = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.Span.End <= start && start - m.Span.End <= BridgeReach && m.Kind == ActorKind.ArmedGroup && m.Rule != MentionRule.Group
                && ctx.Catalog.Umbrellas.Contains(m.ActorId) && (found is null || m.Span.Start > found.Span.Start)
                && SentenceStartsBetween(ctx.Text, m.Span.End, start) == 1 && Names(ctx.Catalog[m.Actor], country))
            {
                found = m;
            }
        }

        return found;
    }

    private static bool Names(Catalog.ActorDefinition group, string country) =>
        ContainsWord(group.Name, country) || group.Aliases.Any(a => ContainsWord(a, country));

    private static bool ContainsWord(string name, string word)
    {
        var i = name.IndexOf(word, StringComparison.Ordinal);
        return i >= 0 && (i == 0 || name[i - 1] == ' ') && (i + word.Length == name.Length || name[i + word.Length] == ' ');
    }

    // Only spaces, opening quotes or brackets between a sentence end (or the text's start) and the phrase.
    private static bool OpensSentence(string text, int start)
    {
        var i = start - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || text[i] is '"' or '“' or '('))
        {
            i--;
        }

        return i < 0 || text[i] is '.' or '!' or '?' or '”' or '"';
    }

    // Sentence ends ("." "!" "?" before a space) between two offsets.
    private static int SentenceStartsBetween(string text, int from, int to)
    {
        var n = 0;
        for (var i = from; i < to - 1; i++)
        {
            if (text[i] is '.' or '!' or '?' && char.IsWhiteSpace(text[i + 1]))
            {
                n++;
            }
        }

        return n;
    }

    // The adjective is glued into a compound ("Iraqi-American") or continues a name just before it
    // ("Higher Iraqi …"), rather than opening a phrase of its own.
    private static bool PartOfName(MentionContext ctx, int k)
    {
        if (k == 0 || !ctx.Pieces[k].Continues)
        {
            return false;
        }

        if (ctx.Pieces[k].Has(PieceFlags.HyphenBefore))
        {
            return true;
        }

        return ctx.OwnerOf(k - 1) is { } before && before.EndPiece == k && before.Kind != ActorKind.Place && !ctx.Pieces[k - 1].Has(PieceFlags.Possessive);
    }

    private static bool StartsLongerName(List<Piece> pieces, int next) =>
        next < pieces.Count && pieces[next].Continues && pieces[next].Has(PieceFlags.Capitalised);

    private static bool Joins(MentionContext ctx, int k) =>
        ctx.Pieces[k].Continues && !ctx.Pieces[k].Has(PieceFlags.HyphenBefore) && !ctx.IsCovered(k);

    private static bool IsModifier(MentionContext ctx, int k)
    {
        foreach (var m in Modifiers)
        {
            if (ctx.Is(k, m))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Has(MentionContext ctx, System.Collections.Frozen.FrozenSet<string> set, int k)
    {
        var s = ctx.TextOf(k);
        if (s.Length > 32)
        {
            return false;
        }

        Span<char> key = stackalloc char[32];
        var n = NameKey.Exact(s, key);
        return set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[..n]);
    }
}
