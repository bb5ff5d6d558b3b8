using System.Globalization;

namespace Chronicle.Core.Time;

/// <summary>Splits text into <see cref="TimeToken"/>s with one pass over the characters.</summary>
internal static class TimeTokenizer
{
    /// <summary>One string per ASCII character, so punctuation tokens allocate nothing.</summary>
    private static readonly string[] Ascii = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public static TimeToken[] Tokenize(string text, int start, int end)
    {
        var tokens = new List<TimeToken>((end - start) / 3);
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var s = i;
            if (char.IsAsciiDigit(c))
            {
                var value = 0;
                while (i < end && char.IsAsciiDigit(text[i]))
                {
                    // Long digit runs are not dates; cap the value instead of overflowing.
                    value = value < 100_000_000 ? (value * 10) + (text[i] - '0') : value;
                    i++;
                }

                tokens.Add(new TimeToken(s, i, TimeTokenKind.Number, "", value, false, Starts: true));
            }
            else if (char.IsLetter(c))
            {
                while (i < end && char.IsLetter(text[i]))
                {
                    i++;
                }

                var lower = Lexicon.Intern(text.AsSpan(s, i - s));
                tokens.Add(new TimeToken(s, i, TimeTokenKind.Word, lower, 0, char.IsUpper(c), lower.Length > 0 && Lexicon.CanStart(lower)));
            }
            else
            {
                i++;
                var p = c switch
                {
                    '\u2019' or '\u2018' => "'",
                    '\u2013' or '\u2014' => "-",
                    < (char)128 => Ascii[c],
                    _ => c.ToString(CultureInfo.InvariantCulture),
                };
                tokens.Add(new TimeToken(s, i, TimeTokenKind.Punct, p, 0, false, Starts: p == "'"));
            }
        }

        return [.. tokens];
    }
}
