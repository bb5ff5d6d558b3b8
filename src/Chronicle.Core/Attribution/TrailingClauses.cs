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

    /// <summary>
    /// "seek to minimize liabilities and creditors look to …", "would choose Clinton and 44 percent would back Trump": an
    /// infinitive or an object cannot go on with a subject and its verb after "and"; that is a clause of its own, and the
    /// content ends before it. The frames call this as they make a draft (not this pass, which runs after them), so that a
    /// cue in the next clause still finds its words uncovered and reports them.
    /// </summary>
    public static TextSpan BeforeNewClause(DocView v, TextSpan content, CueKind kind, bool objectVerb, int b)
    {
        var start = v.TokenAt(content.Start);
        var infinitive = v.Is(start, "to");
        var noClause = infinitive || kind == CueKind.Action || objectVerb
            || (kind != CueKind.Speech && (v.IsCap(start) || PhraseScanner.IsDeterminer(v, start)) && !v.Is(start, "that") && !ClauseShape.SubjectAndVerb(v, start, b)); // not "said the council and its allies will …"
        if (!noClause)
        {
            return content;
        }

        var end = v.TokenAt(content.End);
        for (var k = start + 1; k < Math.Min(end, b) - 1; k++)
        {
            if (v.IsPunct(k, ',') && v.In(k + 1, Subordinators) && NewSubjectAndVerb(v, k + 2, b))
            {
                return new TextSpan(content.Start, v.Tokens[k - 1].Span.End); // "would back Trump, while 5 percent prefer …"
            }

            if (v.IsQuoteMark(k) || v.IsPunct(k, ',') || v.Is(k, "that") || v.Is(k, "which") || v.Is(k, "who"))
            {
                break; // a quotation, a comma, a relative clause ("the danger that Obama and Clinton have created"): not this test's
            }

            if (v.Is(k, "and") && !(v.IsCap(k - 1) && v.IsCap(k + 1)) && (NewSubjectAndVerb(v, k + 1, b) || (infinitive && PluralSubjectThenInfinitive(v, k + 1))))
            {
                return new TextSpan(content.Start, v.Tokens[k - 1].Span.End);
            }
        }

        return content;
    }

    /// <summary>A determined, numbered or named subject and its finite verb at <paramref name="k"/>: "the crisis ushered", "44 percent would".</summary>
    private static bool NewSubjectAndVerb(DocView v, int k, int b) =>
        v.Tokens[k].Kind == TokenKind.Number ? v.IsWord(k + 1) && (ClauseShape.SubjectAndVerb(v, k + 1, b) || ShareThenCue(v, k + 1)) // "44 percent would back"
        : (PhraseScanner.IsDeterminer(v, k) && !v.Is(k, "that") && !v.Is(k, "to") || (v.IsCap(k) && !v.Is(k, "I"))) && ClauseShape.SubjectAndVerb(v, k, b);

    /// <summary>"5 percent prefer", "a third support": a share of those polled and a verb of the lexicon.</summary>
    private static bool ShareThenCue(DocView v, int k)
    {
        Span<char> buffer = stackalloc char[40];
        return (v.Is(k, "percent") || v.IsPunct(k, '%')) && v.IsWord(k + 1) && !v.IsCap(k + 1) && CueLexicon.TryGet(PhraseScanner.Lower(v, k + 1, buffer), out _, out _);
    }

    /// <summary>"… and creditors look to maximize profits": a bare plural noun, a verb and its own "to".</summary>
    private static bool PluralSubjectThenInfinitive(DocView v, int k) =>
        v.IsWord(k) && !v.IsCap(k) && v.W(k).EndsWith("s", StringComparison.Ordinal) && !v.W(k).EndsWith("ss", StringComparison.Ordinal)
        && !v.In(k, PhraseScanner.SubjectPronouns) && v.IsWord(k + 1) && !v.IsCap(k + 1) && !v.W(k + 1).EndsWith("s", StringComparison.Ordinal)
        && v.Is(k + 2, "to") && v.IsWord(k + 3) && !PhraseScanner.IsDeterminer(v, k + 3);

    private static readonly FrozenSet<string> Subordinators = new[]
    {
        "when", "while", "if", "after", "before", "because", "although", "though", "since", "once", "unless",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
