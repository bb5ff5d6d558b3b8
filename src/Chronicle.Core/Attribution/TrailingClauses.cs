using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// "She said parents who adopt would not be eligible, and when pressed on why …": a reported clause ends where, after a
/// comma, the writer goes on with a clause of their own — a conjunction and a subordinator (", and when …"), a comment on
/// the whole (", in what is being criticized as …"), a conjunction and a new subject with its verb (", and the downgrade
/// is casting …"), or a time or reason clause about a pronoun (", when she first released her plan"). Runs over all
/// drafts, after the frames; quotations are left whole.
/// </summary>
internal static class TrailingClauses
{
    public static void Bound(DocView v, List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if ((d.Direct && QuoteScanner.IsWholeQuote(v.Text, d.Content)) || d.Turn)
            {
                continue;
            }

            var start = v.TokenAt(d.Content.Start);
            var end = v.TokenAt(d.Content.End); // first token at or after the content's end
            var b = v.SentenceEnd[d.Sentence];
            for (var k = start + 2; k < Math.Min(end, b) - 1; k++)
            {
                if (v.IsQuoteMark(k))
                {
                    break; // a quotation inside: its words are not ours to cut
                }

                if (!v.IsPunct(k, ',') || !WritersClauseAt(v, k + 1, b))
                {
                    continue;
                }

                d.Content = new TextSpan(d.Content.Start, v.Tokens[k - 1].Span.End);
                d.Direct = false;
                break;
            }
        }
    }

    private static bool WritersClauseAt(DocView v, int k, int b)
    {
        if (v.Is(k, "in") && v.Is(k + 1, "what"))
        {
            return true; // ", in what is being criticized as …"
        }

        if (v.In(k, Subordinators) && ClauseShape.SubjectAndVerb(v, k + 1, b) && v.In(k + 1, PhraseScanner.SubjectPronouns))
        {
            return true; // "…, when he first released his plan": a time or reason clause of the writer's about the speaker
        }

        if (!v.Is(k, "and"))
        {
            return false; // ", but the air pollution had become …" often goes on reporting: only "and" is cut
        }

        return v.In(k + 1, Subordinators) || (PhraseScanner.IsDeterminer(v, k + 1) && !v.Is(k + 1, "that") && ClauseShape.SubjectAndVerb(v, k + 1, b));
    }

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "when", "while", "if", "after", "before", "because", "although", "though", "since", "once", "unless",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
