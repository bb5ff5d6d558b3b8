using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// "the coalition" after "the US-led coalition", "the commission" after "the Higher Military
/// Commission": a definite group noun refers back to the one organisation or group named earlier in the
/// document whose name ends with that noun. Nothing when none or several do (no guess), and only for
/// the nouns of bodies, never for people or states. "The group", "the armed group", "the militant group"
/// refer back to the one armed group the document has named before, when it has named only one.
/// </summary>
internal static class HeadNounPass
{
    private static readonly string[] Heads =
        ["coalition", "commission", "committee", "council", "alliance", "movement", "framework", "front", "brigade", "brigades", "organisation", "organization"];

    private static readonly string[] GroupModifiers = ["armed", "militant", "rebel", "insurgent", "outlawed", "banned"];

    public static void Run(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        for (var k = 1; k < pieces.Count; k++)
        {
            if (ctx.IsCovered(k) || pieces[k].Has(PieceFlags.Capitalised))
            {
                continue;
            }

            var group = IsGroup(ctx, k);
            if (!group && (!IsHead(ctx, k) || !IsDefinite(ctx, k)))
            {
                continue;
            }

            // "the coalition of militias" is made of armed groups: an umbrella of them, never a body that
            // merely ends with the noun ("US-led coalition").
            var ofGroups = !group && OfGroupNouns(ctx, k);

            // "the coalition forces", "the committee members": the noun modifies another; the body is still meant.
            if ((group ? OnlyArmedGroup(ctx, k) : ofGroups ? NearestUmbrella(ctx, k) : Antecedent(ctx, k)) is { } earlier)
            {
                ctx.Add(earlier with
                {
                    FirstPiece = k,
                    EndPiece = k + 1,
                    Span = pieces[k].Span,
                    Confidence = Math.Min(0.7, earlier.Confidence),
                    Rule = MentionRule.HeadNoun,
                });
            }
        }
    }

    private static bool IsHead(MentionContext ctx, int k)
    {
        foreach (var h in Heads)
        {
            if (ctx.Is(k, h))
            {
                return true;
            }
        }

        return false;
    }

    // "the coalition", "the coalition's departure", "this committee".
    private static bool IsDefinite(MentionContext ctx, int k) =>
        ctx.Pieces[k].Continues && (ctx.Is(k - 1, "the") || ctx.Is(k - 1, "this") || ctx.Is(k - 1, "that"));

    // "the group", "the armed group", "the group's fighters".
    private static bool IsGroup(MentionContext ctx, int k)
    {
        if (!ctx.Is(k, "group") || !ctx.Pieces[k].Continues)
        {
            return false;
        }

        var before = k - 1;
        if (before > 0 && GroupModifiers.Any(m => ctx.Is(before, m)))
        {
            before--;
        }

        return ctx.Is(before, "the");
    }

    /// <summary>The one armed group named before in the document; null if none or several.</summary>
    private static Candidate? OnlyArmedGroup(MentionContext ctx, int k)
    {
        var start = ctx.Pieces[k].Span.Start;
        Candidate? found = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.Span.Start >= start || m.Kind != ActorKind.ArmedGroup || m.Rule == MentionRule.HeadNoun)
            {
                continue;
            }

            if (found is not null && found.ActorId != m.ActorId)
            {
                return null;
            }

            found ??= m;
        }

        return found;
    }

    // "coalition of militias", "alliance of armed factions".
    private static bool OfGroupNouns(MentionContext ctx, int k)
    {
        if (!ctx.Is(k + 1, "of"))
        {
            return false;
        }

        var noun = k + 2;
        if (noun < ctx.Pieces.Count && GroupModifiers.Any(m => ctx.Is(noun, m)))
        {
            noun++;
        }

        return noun < ctx.Pieces.Count && ctx.Catalog.GroupNouns.Contains(NameKey.Exact(ctx.TextOf(noun).ToString()));
    }

    /// <summary>
    /// The armed group named last before this point that the actor file lists as an umbrella (other groups
    /// are its members): "The Islamic Resistance confirms …, the coalition of militias said". Null if none.
    /// </summary>
    private static Candidate? NearestUmbrella(MentionContext ctx, int k)
    {
        var start = ctx.Pieces[k].Span.Start;
        Candidate? found = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.Span.Start < start && m.Kind == ActorKind.ArmedGroup && m.Rule != MentionRule.HeadNoun
                && (found is null || m.Span.Start > found.Span.Start) && ctx.Catalog.Umbrellas.Contains(m.ActorId))
            {
                found = m;
            }
        }

        return found;
    }

    /// <summary>The one earlier mention of a body whose name ends with the noun; null if none or several.</summary>
    private static Candidate? Antecedent(MentionContext ctx, int k)
    {
        var start = ctx.Pieces[k].Span.Start;
        var head = ctx.TextOf(k);
        Candidate? found = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.Span.Start >= start || m.Kind is not (ActorKind.Organisation or ActorKind.ArmedGroup) || m.Rule == MentionRule.HeadNoun
                || !EndsWithWord(m.Name, head))
            {
                continue;
            }

            if (found is not null && found.ActorId != m.ActorId)
            {
                return null;
            }

            found ??= m;
        }

        return found;
    }

    private static bool EndsWithWord(string name, ReadOnlySpan<char> word) =>
        name.AsSpan().EndsWith(word, StringComparison.OrdinalIgnoreCase)
        && (name.Length == word.Length || name[name.Length - word.Length - 1] is ' ' or '-');
}
