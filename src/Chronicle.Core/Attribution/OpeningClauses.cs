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

            if (v.IsPunct(k, ',') && SubjectAndVerb(v, k + 1, b))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"it is considered", "his decision was overturned", "Mr. Obama is also determined", "voters should know".</summary>
    private static bool SubjectAndVerb(DocView v, int k, int b)
    {
        if (v.In(k, SubjectPronouns))
        {
            return (v.IsWord(k + 1) && !v.IsCap(k + 1)) || v.In(k, Contracted);
        }

        if (!v.IsWord(k) || v.In(k, NotSubjects) || v.W(k).EndsWith("ing", StringComparison.OrdinalIgnoreCase)
            || v.W(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        for (var j = k + 1; j < Math.Min(b, k + 7); j++)
        {
            if ((v.In(j, FiniteVerbs) || v.W(j).EndsWith("ed", StringComparison.Ordinal) || PhraseScanner.IsIrregularPast(v, j)) && !v.IsCap(j))
            {
                return true; // "…, Mr. Barrett said": a past form after the subject
            }

            var possessive = v.W(j) is "'s" or "\u2019s" or "'" or "\u2019" || v.IsPunct(j, '.');
            if (!(v.IsWord(j) || possessive) || v.In(j, NotSubjects))
            {
                return false;
            }
        }

        return false;
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Conjunctions = Set("but", "and", "yet", "still", "so");

    private static readonly FrozenSet<string> Focus = Set("just", "even", "only");

    private static readonly FrozenSet<string> Subordinators = Set(
        "while", "although", "though", "whereas", "when", "if", "as", "because", "since", "after", "before", "once", "unless", "until");

    private static readonly FrozenSet<string> SubjectPronouns = Set(
        "he", "she", "it", "they", "we", "i", "you", "there", "it's", "it\u2019s", "there's", "there\u2019s", "he's", "she's", "they're", "we're");

    private static readonly FrozenSet<string> Contracted = Set(
        "it's", "it\u2019s", "there's", "there\u2019s", "he's", "she's", "they're", "we're");

    private static readonly FrozenSet<string> FiniteVerbs = Set(
        "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may", "might", "must",
        "does", "did", "do", "remains", "remained", "seems", "seemed", "appears", "appeared");

    /// <summary>Words that cannot open or continue a subject: a list, an aside, a relative or a prepositional phrase goes on instead.</summary>
    private static readonly FrozenSet<string> NotSubjects = Set(
        "and", "or", "but", "which", "who", "whom", "whose", "that", "including", "such", "to", "of", "in", "on", "at", "for",
        "with", "from", "by", "as", "than", "not", "where", "when", "if", "because", "although", "though", "while", "after",
        "before", "since", "then", "so", "according");
}
