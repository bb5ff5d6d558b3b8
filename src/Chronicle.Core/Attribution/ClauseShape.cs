using System.Collections.Frozen;

namespace Chronicle.Core.Attribution;

/// <summary>Word-level tests for where a clause begins: a subject and its finite verb.</summary>
internal static class ClauseShape
{
    /// <summary>"it is considered", "his decision was overturned", "Mr. Obama is also determined", "voters should know".</summary>
    public static bool SubjectAndVerb(DocView v, int k, int b)
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

    /// <summary>"is", "was", "has", "will", "seems" …: a finite verb that is not a past participle.</summary>
    public static bool IsFiniteVerb(DocView v, int k) => v.In(k, FiniteVerbs) && !v.IsCap(k);

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

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
