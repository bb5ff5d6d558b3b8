using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>
/// "As the senator put it, the plan is …" and "…, the plan is a “stunt,” as the senator put it.": the one who put it is the
/// source, the clause after the opening frame or before the closing one the content.
/// </summary>
internal sealed partial class CueFrames
{
    /// <summary>"As the senator put it (in a letter), the plan is …": the content follows the comma.</summary>
    private bool AsPutIt(int s, int a, int b, int put, List<Draft> into)
    {
        var asAt = put - 1;
        while (asAt >= a && asAt > put - 25 && !v.Is(asAt, "as"))
        {
            asAt--;
        }

        var subjectEnd = PhraseScanner.SkipVerbPrefix(v, put - 1, asAt + 1); // "as X recently put it"
        if (asAt < a || !v.Is(asAt, "as") || subjectEnd <= asAt)
        {
            return false;
        }

        // "As Steven Rosenthal, a tax lawyer, recently put it, …": the name before an appositive.
        var speaker = v.IsPunct(subjectEnd, ',') ? Appositive(subjectEnd, asAt + 1) : PhraseScanner.Left(v, subjectEnd, asAt + 1);
        if (speaker is null)
        {
            return false;
        }

        var comma = FirstComma(put + 2, Math.Min(b, put + 25));
        var content = comma > 0 ? RightContent(comma + 1, b) : ClauseBeforeAs(a, b, asAt, put);
        if (content is null || Covered(into, content.Value.Span))
        {
            return false;
        }

        into.Add(new Draft
        {
            Content = content.Value.Span, Direct = content.Value.Direct, Cue = v.Span(put, put + 1), SpeakerSpan = speaker, Sentence = s, Confidence = 0.6, Kind = CueKind.Speech,
        });
        return true;
    }

    /// <summary>
    /// "…, the main test is a “lawful source of income,” as a federal memo put it.": a closing "as X put it" reports the clause
    /// before its comma — from the last comma that opens a clause of its own, else from the sentence start. Null when words
    /// other than an adjunct follow "put it".
    /// </summary>
    private (TextSpan Span, bool Direct)? ClauseBeforeAs(int a, int b, int asAt, int put)
    {
        var comma = v.IsPunct(asAt - 1, ',') ? asAt - 1 : v.IsQuoteMark(asAt - 1) && v.IsPunct(asAt - 2, ',') ? asAt - 2 : -1;
        if (comma <= a || FirstComma(put + 2, b) > 0)
        {
            return null;
        }

        var start = FirstWord(a, b);
        for (var k = comma - 1; k > start; k--)
        {
            if (v.IsPunct(k, ',') && !InsideQuotation(k) && ClauseAfterComma(k + 1, comma) is var opens and >= 0)
            {
                start = opens;
                break;
            }
        }

        if (start >= comma)
        {
            return null;
        }

        var span = new TextSpan(v.Tokens[start].Span.Start, v.Tokens[asAt - 1].Span.End);
        return TrimEnd(span, segments.Any(q => q.Content.Overlaps(span)));
    }

    /// <summary>
    /// The first word of a clause opening at token <paramref name="k"/> after a comma ("but the test is …", "the main test for
    /// the permit is …"), or -1 when the words up to <paramref name="end"/> are no clause (an appositive, a list item).
    /// </summary>
    private int ClauseAfterComma(int k, int end)
    {
        if (v.Is(k, "but") || v.Is(k, "and") || v.Is(k, "yet") || v.Is(k, "so"))
        {
            k++;
        }

        if (ClauseShape.SubjectAndVerb(v, k, end))
        {
            return k;
        }

        if (!PhraseScanner.IsDeterminer(v, k) || v.Is(k, "to"))
        {
            return -1;
        }

        for (var j = k + 2; j < end; j++)
        {
            if (ClauseShape.IsFiniteVerb(v, j))
            {
                return k; // "the primary requirement for the EB-5 program is …": a determined subject, then its verb
            }
        }

        return -1;
    }
}
