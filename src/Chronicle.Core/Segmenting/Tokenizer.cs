using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Segmenting;

/// <summary>
/// Splits text into word, number, punctuation and symbol tokens. Hyphens and apostrophes inside a
/// word keep it whole ("al-Sudani", "Kata'ib"); digits with inner ',' or '.' make one number ("2,500").
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

                tokens.Add(new Token(new TextSpan(start, i), TokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                i++;
                while (i < text.Length && (char.IsLetterOrDigit(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))))
                {
                    i++;
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

    private static bool IsJoiner(char c) => c is '-' or '\'' or '\u2019';
}
