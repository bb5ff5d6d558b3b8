using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Segmenting;

/// <summary>
/// Splits text into word, number, punctuation and symbol tokens. Hyphens and apostrophes inside a
/// word keep it whole ("al-Sudani", "Kata'ib"); digits with inner ',' or '.' make one number ("2,500"),
/// a clock time is one number ("23:52"), and an initialism keeps its periods ("U.S.", "a.m.").
/// </summary>
public static class Tokenizer
{
    public static ImmutableArray<Token> Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>(text.Length / 5);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            if (char.IsDigit(c))
            {
                i++;
                while (i < text.Length && (char.IsDigit(text[i]) || (text[i] is ',' or '.' && i + 1 < text.Length && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }

                if (i + 2 < text.Length && text[i] == ':' && char.IsDigit(text[i + 1]) && char.IsDigit(text[i + 2]) && i - start <= 2)
                {
                    i += 3; // "23:52"
                }

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i = InitialismEnd(text, start);
                if (i == start)
                {
                    i++;
                    while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                    {
                        i++;
                    }
                }

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Word));
            }
            else
            {
                i++;
                tokens.Add(new Token(new TextSpan(start, i), char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol));
            }
        }

        return tokens.ToImmutable();
    }

    /// <summary>End of "U.S." / "a.m." (single letters each followed by a period, at least two), else <paramref name="start"/>.</summary>
    private static int InitialismEnd(string text, int start)
    {
        var i = start;
        var letters = 0;
        while (i + 1 < text.Length && char.IsLetter(text[i]) && text[i + 1] == '.')
        {
            letters++;
            i += 2;
            if (i >= text.Length || !char.IsLetter(text[i]) || i + 1 >= text.Length || text[i + 1] != '.')
            {
                break;
            }
        }

        return letters >= 2 ? i : start;
    }

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';
}
