using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// Provisions of rules and laws: "The program allows foreign investors to gain citizenship", "conduct standards that
/// prohibit lawyers from representing …". The rule is the source, what it allows, requires or forbids is the content.
/// Only a rule-like subject makes such a verb a provision ("the weather allowed us to leave" is no one's stance).
/// </summary>
internal sealed partial class CueFrames
{
    private static readonly FrozenSet<string> ProvisionVerbForms = new[]
    {
        "allow", "allows", "allowed", "allowing", "permit", "permits", "permitted", "permitting", "require", "requires", "required",
        "requiring", "obligate", "obligates", "obligated", "obligating", "oblige", "obliges", "obliged", "empower", "empowers",
        "empowered", "empowering", "prohibit", "prohibits", "prohibited", "prohibiting", "forbid", "forbids", "forbade", "forbidding",
        "authorize", "authorizes", "authorized", "authorizing", "authorise", "authorises", "authorised", "mandate", "mandates",
        "mandated", "mandating", "compel", "compels", "compelled", "entitle", "entitles", "entitled", "bar", "bars", "barred",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns of rules, laws and the documents that lay them down.</summary>
    private static readonly FrozenSet<string> ProvisionNouns = new[]
    {
        "law", "laws", "rule", "rules", "regulation", "regulations", "program", "programme", "convention", "charter", "treaty",
        "constitution", "amendment", "article", "clause", "provision", "provisions", "act", "bill", "statute", "code", "policy",
        "policies", "order", "ordinance", "standards", "guidelines", "agreement", "accord", "deal", "resolution", "measure", "visa",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public void FindProvisions(int s, List<Draft> into)
    {
        var a = v.SentenceStart[s];
        var b = v.SentenceEnd[s];
        for (var i = a + 1; i < b - 2; i++)
        {
            if (!v.IsWord(i) || v.IsCap(i) || !v.In(i, ProvisionVerbForms) || InsideQuotation(i) || v.In(i - 1, BeForms) || v.Is(i - 1, "been"))
            {
                continue; // "was required to": a passive names who is bound, not the rule
            }

            var subjectEnd = v.W(i).EndsWith("ing", StringComparison.Ordinal) ? i - 1 : BeforeRelativeAside(PhraseScanner.SkipVerbPrefix(v, i - 1, a), a);
            if (v.Is(subjectEnd, "that") || v.Is(subjectEnd, "which"))
            {
                subjectEnd--; // "standards that prohibit …"
            }

            if (subjectEnd < a || !RuleHead(subjectEnd, a) || PhraseScanner.Left(v, subjectEnd, a) is not { } rule)
            {
                continue;
            }

            if (v.W(i).EndsWith("ing", StringComparison.Ordinal) && DeterminerBefore(subjectEnd, v.TokenAt(rule.Start)) is var determiner and >= 0)
            {
                rule = new TextSpan(v.Tokens[determiner].Span.Start, rule.End); // "include a provision allowing …": the noun phrase, not the verb before it
            }

            var content = ProvisionContent(i + 1, b);
            if (content is not { } c || Covered(into, c))
            {
                continue;
            }

            into.Add(new Draft { Content = c, Direct = false, Cue = v.Span(i, i), SpeakerSpan = rule, Sentence = s, Confidence = 0.45, Kind = CueKind.Report });
        }
    }

    /// <summary>The subject ending at <paramref name="end"/> is headed by a rule noun ("the program", "Article 21 in the U.N. Charter", "The program, called EB-5,").</summary>
    private bool RuleHead(int end, int a)
    {
        for (var k = end; k >= a && k >= end - 8; k--)
        {
            if (v.In(k, ProvisionNouns))
            {
                return true;
            }

            var joiner = v.IsPunct(k, ',') || v.IsPunct(k, '-') || v.IsPunct(k, '.');
            if ((!v.IsWord(k) && !joiner) || (v.In(k, SpeakerWords.LeftStops) && !v.Is(k, "in") && !v.Is(k, "of")))
            {
                return false; // a clause boundary before any rule noun: the subject is something else
            }
        }

        return false;
    }

    /// <summary>The last determiner between <paramref name="from"/> (going back) and <paramref name="limit"/>, or -1.</summary>
    private int DeterminerBefore(int from, int limit)
    {
        for (var k = from; k >= limit && k >= from - 4; k--)
        {
            if (PhraseScanner.IsDeterminer(v, k) && !v.Is(k, "of") && !v.Is(k, "to"))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>An object and an infinitive ("foreign investors to gain …") or "from" and a gerund, up to the clause end.</summary>
    private TextSpan? ProvisionContent(int p, int b)
    {
        var complement = false;
        var last = p;
        for (var k = p; k < b; k++)
        {
            if (v.IsPunct(k, ';') || (v.IsPunct(k, '.') && k + 1 >= b) || (v.IsPunct(k, ',') && complement))
            {
                break;
            }

            complement |= k - p <= 8 && ((v.Is(k, "to") && v.IsWord(k + 1) && !PhraseScanner.IsDeterminer(v, k + 1) && !v.IsCap(k + 1))
                || (v.Is(k, "from") && v.IsWord(k + 1) && v.W(k + 1).EndsWith("ing", StringComparison.Ordinal)));
            if (v.IsWord(k) || v.IsQuoteMark(k))
            {
                last = k;
            }
        }

        return complement && last > p ? v.Span(p, last) : null;
    }
}
