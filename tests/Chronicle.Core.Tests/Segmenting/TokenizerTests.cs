using Chronicle.Core.Model;
using Chronicle.Core.Segmenting;

namespace Chronicle.Core.Tests.Segmenting;

public sealed class TokenizerTests
{
    private static string[] Texts(string text) => [.. Tokenizer.Tokenize(text).Select(t => t.Span.Text(text))];

    [Theory]
    [InlineData("al-Sudani met Kata'ib leaders", "al-Sudani|met|Kata'ib|leaders")]
    [InlineData("about 2,500 troops and 3.5 million", "about|2,500|troops|and|3.5|million")]
    [InlineData("the U.S.-led coalition", "the|U.S.|-|led|coalition")]
    [InlineData("at 23:52 on 25 Jan.", "at|23:52|on|25|Jan|.")]
    [InlineData("at 9 a.m. sharp", "at|9|a.m.|sharp")]
    [InlineData("\u201CNo,\u201D he said.", "\u201C|No|,|\u201D|he|said|.")]
    [InlineData("$764 million (5%)", "$|764|million|(|5|%|)")]
    public void Splits_words_numbers_and_punctuation(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Texts(text));
    }

    [Fact]
    public void Kinds_and_offsets_are_right()
    {
        const string text = "On 5 Jan, 2,500 left.";
        var tokens = Tokenizer.Tokenize(text);
        Assert.Equal([TokenKind.Word, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation, TokenKind.Number, TokenKind.Word, TokenKind.Punctuation], tokens.Select(t => t.Kind));
        Assert.Equal(new TextSpan(10, 15), tokens[4].Span);
    }

    [Fact]
    public void Tokens_never_overlap_and_never_hold_white_space()
    {
        const string text = "  The U.S. sent 2,500 troops — \u201Cenough\u201D, said Lt.-Gen. Roe at 09:30.\n";
        var tokens = Tokenizer.Tokenize(text);
        for (var i = 0; i < tokens.Length; i++)
        {
            Assert.DoesNotContain(tokens[i].Span.Text(text), char.IsWhiteSpace);
            if (i > 0)
            {
                Assert.True(tokens[i - 1].Span.End <= tokens[i].Span.Start);
            }
        }
    }
}
