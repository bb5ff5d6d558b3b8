using Chronicle.Core.Actors.Text;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// Lines written in title case (headlines, menus, "Sign Up To Our Daily Digest") capitalise ordinary
/// words, so capitalisation there is no evidence of a name. A line counts as title case when it has at
/// least four words other than articles, prepositions and conjunctions, and all of them but one in ten are
/// capitalised (a sentence with names and titles still has lowercase verbs: "Foreign Minister Tomas Aldren
/// arrived on Monday").
/// </summary>
internal static class TitleCaseLines
{
    public static bool[] Mark(MentionContext ctx)
    {
        var pieces = ctx.Pieces;
        var text = ctx.Text;
        var marks = new bool[pieces.Count];
        var lineStart = 0;
        while (lineStart < pieces.Count)
        {
            var lineEnd = lineStart + 1;
            while (lineEnd < pieces.Count && !NewLineBetween(text, pieces[lineEnd - 1].Span.End, pieces[lineEnd].Span.Start))
            {
                lineEnd++;
            }

            var words = 0;
            var capitals = 0;
            for (var k = lineStart; k < lineEnd; k++)
            {
                var p = pieces[k];
                if (p.Has(PieceFlags.Number) || p.Has(PieceFlags.Article) || WordLists.Contains(WordLists.Minor, ctx.TextOf(k)))
                {
                    continue;
                }

                words++;
                if (p.Has(PieceFlags.Capitalised))
                {
                    capitals++;
                }
            }

            if (words >= 4 && words - capitals <= words / 10)
            {
                Array.Fill(marks, true, lineStart, lineEnd - lineStart);
            }

            lineStart = lineEnd;
        }

        return marks;
    }

    private static bool NewLineBetween(string text, int from, int to) => text.AsSpan(from, to - from).IndexOfAny('\n', '\r') >= 0;
}
