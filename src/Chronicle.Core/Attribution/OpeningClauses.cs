using System.Collections.Frozen;
using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// "While a federal judge found that action unconstitutional, his decision was overturned …": a sentence that opens with a
/// subordinator holds a main clause after a comma, and a report inside the opening clause ends at that comma, whichever
/// frame found it. Runs over all drafts because the frames (verbs, nouns, provisions, passives) each stop contents their own way.
/// </summary>
internal static class OpeningClauses
{
    public static void Bound(DocView v, List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if ((d.Direct && QuoteScanner.IsWholeQuote(v.Text, d.Content)) || d.Frames || d.Turn)
            {
                continue;
            }

            var a = v.SentenceStart[d.Sentence];
            var b = v.SentenceEnd[d.Sentence];
            var opener = Subordinator(v, a, b);
            var cue = v.TokenAt(d.Cue.Start);
            var start = v.TokenAt(d.Content.Start);
            if (opener < 0 || cue <= opener || start <= opener || d.Content.Start < d.Cue.Start - 400)
            {
                continue;
            }

            var comma = MainClauseComma(v, Math.Max(start, cue) + 1, b);
            if (comma > start + 1 && v.Tokens[comma].Span.End < d.Content.End)
            {
                d.Content = new TextSpan(d.Content.Start, v.Tokens[comma - 1].Span.End);
                d.Direct = false; // "…, it was labeled “Mostly True.”": no quotation mark stands before the comma, so the quotation was the main clause's
            }
        }
    }

    /// <summary>The subordinator opening the sentence ("But just as …", "“Although …"), or -1.</summary>
    private static int Subordinator(DocView v, int a, int b)
    {
        var k = a;
        while (k < b && v.IsPunctuation(k))
        {
            k++;
        }

        if (v.In(k, Conjunctions))
        {
            k++;
        }

        if (v.In(k, Focus))
        {
            k++;
        }

        return v.In(k, Subordinators) ? k : -1;
    }

    /// <summary>The first comma after which a subject and a finite verb begin the main clause; -1 where a quotation or clause mark comes first.</summary>
    private static int MainClauseComma(DocView v, int from, int b)
    {
        for (var k = from; k < b - 1; k++)
        {
            if (v.IsQuoteMark(k) || v.IsPunct(k, ';') || v.IsPunct(k, ':') || v.IsPunct(k, '(') || v.IsDash(k))
            {
                return -1;
            }

            if (v.IsPunct(k, ',') && ClauseShape.SubjectAndVerb(v, k + 1, b))
            {
                return k;
            }
        }

        return -1;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Conjunctions = Set("but", "and", "yet", "still", "so");

    private static readonly FrozenSet<string> Focus = Set("just", "even", "only");

    private static readonly FrozenSet<string> Subordinators = Set(
        "while", "although", "though", "whereas", "when", "if", "as", "because", "since", "after", "before", "once", "unless", "until");
}
