using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Impersonal stances: "It should be obvious that …", "It is apparent that …", "It seems as though …". No one in the
/// text holds them (the writer's own certainty or impression), so they are attributions without a speaker, as PolNeAR
/// marks them; a reader sees which claims the article itself calls obvious or only apparent. "It is unclear whether …" and
/// "it is not clear …" assert nothing and are left alone.
/// </summary>
internal sealed partial class CueFrames
{
    private static readonly FrozenSet<string> ImpersonalAdjectives = new[]
    {
        "clear", "obvious", "apparent", "evident", "certain", "undeniable", "indisputable",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> ClauseLinks = new[] { "that", "whether", "if", "how", "what", "why", "who", "when" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void FindImpersonalStances(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var i = a; i < b - 3; i++)
        {
            if (!v.Is(i, "it") && !v.Is(i, "it's") && !v.Is(i, "it\u2019s") || InsideQuotation(i) || (i > a && v.IsWord(i - 1) && !v.In(i - 1, ImpersonalOpeners)))
            {
                continue; // "it" must open its clause ("But it is clear …"), not be an object ("made it clear")
            }

            var k = i + 1;
            var contracted = !v.Is(i, "it");
            if (!contracted)
            {
                while (k < b && (v.Is(k, "should") || v.Is(k, "would") || v.Is(k, "may") || v.Is(k, "might") || v.Is(k, "must") || v.Is(k, "will") || v.Is(k, "also")))
                {
                    k++;
                }

                if (!(v.In(k, BeForms) || v.Is(k, "be") || v.Is(k, "remains") || v.Is(k, "remained")))
                {
                    if ((v.Is(k, "seems") || v.Is(k, "seemed") || v.Is(k, "appears") || v.Is(k, "appeared")) && ImpersonalSeem(s, i, k, b, into))
                    {
                        i = k;
                    }

                    continue;
                }

                k++;
            }

            if (v.Is(k, "not") || PhraseScanner.IsNegatedAux(v, k - 1))
            {
                continue; // "it is not clear what …": no claim is made
            }

            while (k < b && (v.Is(k, "still") || v.Is(k, "now") || v.Is(k, "already") || v.Is(k, "also") || PhraseScanner.IsAdverb(v, k)))
            {
                k++;
            }

            // "It was clear the mayor is attempting …": a clause may follow without "that".
            if (!v.In(k, ImpersonalAdjectives) || !(v.In(k + 1, ClauseLinks) || (v.IsWord(k + 1) && LooksLikeClause(k + 1, b))) || k + 2 >= b)
            {
                continue;
            }

            if (RightContent(k + 1, b) is { } c && v.CountWords(c.Span) >= 3)
            {
                into.Add(new Draft { Content = c.Span, Direct = false, Cue = v.Span(i, k), Sentence = s, Confidence = 0.4, Kind = CueKind.Mind });
                i = k;
            }
        }
    }

    /// <summary>Words that may stand right before an impersonal "it" opening a clause.</summary>
    private static readonly FrozenSet<string> ImpersonalOpeners = new[] { "but", "and", "yet", "so", "still", "now", "because", "although", "though", "while" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>"It seems (that) …", "It appears as though …": a clause after the verb, not "to" (that is <see cref="FindSeemFrames"/>).</summary>
    private bool ImpersonalSeem(int s, int it, int verb, int b, List<Draft> into)
    {
        var p = verb + 1;
        if (v.Is(p, "as") && (v.Is(p + 1, "though") || v.Is(p + 1, "if")))
        {
            p += 2;
        }

        if (p >= b || v.Is(p, "to") || !(v.Is(p, "that") || p > verb + 1 || LooksLikeClause(p, b)))
        {
            return false;
        }

        if (RightContent(p, b) is not { } c || v.CountWords(c.Span) < 3)
        {
            return false;
        }

        into.Add(new Draft { Content = c.Span, Direct = false, Cue = v.Span(it, verb), Sentence = s, Confidence = 0.4, Kind = CueKind.Mind });
        return true;
    }
}
