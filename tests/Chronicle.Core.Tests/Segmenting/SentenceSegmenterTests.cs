using Chronicle.Core.Segmenting;

namespace Chronicle.Core.Tests.Segmenting;

public sealed class SentenceSegmenterTests
{
    private static string[] Sentences(string text) => [.. SentenceSegmenter.Split(text).Select(s => s.Span.Text(text))];

    [Theory]
    [InlineData("The U.S. Navy sent two ships. They arrived on Monday.", "The U.S. Navy sent two ships.|They arrived on Monday.")]
    [InlineData("Lt.-Gen. Jane Roe inspected the base. Her staff stayed behind.", "Lt.-Gen. Jane Roe inspected the base.|Her staff stayed behind.")]
    [InlineData("Maj. Gen. John Doe met Mr. Smith and Dr. Jones in the port.", "Maj. Gen. John Doe met Mr. Smith and Dr. Jones in the port.")]
    [InlineData("John F. Kennedy Airport was closed for an hour.", "John F. Kennedy Airport was closed for an hour.")]
    [InlineData("The talks began on Jan. 5 and ended on Feb. 10 in the capital.", "The talks began on Jan. 5 and ended on Feb. 10 in the capital.")]
    [InlineData("The ships went back to the U.S. The port stayed open.", "The ships went back to the U.S.|The port stayed open.")]
    [InlineData("He landed at 9 p.m. The next day he left.", "He landed at 9 p.m.|The next day he left.")]
    [InlineData("The repairs cost 3.5 million dollars. Work starts soon.", "The repairs cost 3.5 million dollars.|Work starts soon.")]
    [InlineData("It is a U.S.-led mission. It ends in 2026.", "It is a U.S.-led mission.|It ends in 2026.")]
    [InlineData("Visit example.com for details. Tickets sell fast.", "Visit example.com for details.|Tickets sell fast.")]
    [InlineData("Is the port open? Nobody knows! We wait.", "Is the port open?|Nobody knows!|We wait.")]
    [InlineData("They waited... The ship never came.", "They waited...|The ship never came.")]
    [InlineData("Shares of Harbour Co. fell sharply on Monday.", "Shares of Harbour Co. fell sharply on Monday.")]
    [InlineData("No. 10 Downing Street declined to comment.", "No. 10 Downing Street declined to comment.")]
    public void Splits_at_sentence_ends_but_not_after_abbreviations(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Theory]
    [InlineData("\"We will reopen the quay,\" the mayor said. \"Soon.\"", "\"We will reopen the quay,\" the mayor said.|\"Soon.\"")]
    [InlineData("\"Will the ships come back?\" she asked. Nobody answered.", "\"Will the ships come back?\" she asked.|Nobody answered.")]
    [InlineData("He said: \u201CWe leave today. They stay.\u201D Then he left.", "He said: \u201CWe leave today.|They stay.\u201D|Then he left.")]
    [InlineData("The port (which reopened.) is busy. Ships wait.", "The port (which reopened.) is busy.|Ships wait.")]
    public void Closing_quotes_and_brackets_stay_with_their_sentence(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Theory]
    [InlineData("HARBOUR FEES WENT UP \u2014 The port raised its fees again.", "HARBOUR FEES WENT UP|The port raised its fees again.")]
    [InlineData("PAY THE FERRY FIRST Most commuters buy a monthly pass.", "PAY THE FERRY FIRST|Most commuters buy a monthly pass.")]
    [InlineData("SAN LUIS OBISPO, Calif. \u2014 The port reopened.", "SAN LUIS OBISPO, Calif. \u2014 The port reopened.")]
    [InlineData("MIDWAY ATOLL - The ships left at dawn.", "MIDWAY ATOLL - The ships left at dawn.")]
    [InlineData("US AND UK Navies met at sea.", "US AND UK Navies met at sea.")]
    [InlineData("NATO said the talks would resume.", "NATO said the talks would resume.")]
    public void A_run_in_heading_in_capitals_is_a_sentence_of_its_own(string text, string expected)
    {
        Assert.Equal(expected.Split('|'), Sentences(text));
    }

    [Fact]
    public void A_line_break_ends_a_sentence_and_counts_a_paragraph()
    {
        const string text = "The quay reopened on Monday\nShips came back. Workers cheered.\n\nThe mayor spoke.";
        var sentences = SentenceSegmenter.Split(text);
        Assert.Equal(["The quay reopened on Monday", "Ships came back.", "Workers cheered.", "The mayor spoke."], sentences.Select(s => s.Span.Text(text)));
        Assert.Equal([0, 1, 1, 2], sentences.Select(s => s.Paragraph));
    }

    [Fact]
    public void Spans_cover_the_text_without_overlap_and_without_surrounding_space()
    {
        const string text = "  The quay reopened.   Ships came back!  \nWorkers cheered. ";
        var sentences = SentenceSegmenter.Split(text);
        for (var i = 0; i < sentences.Length; i++)
        {
            var s = sentences[i].Span;
            Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1]));
            if (i > 0)
            {
                Assert.True(sentences[i - 1].Span.End <= s.Start);
            }
        }

        Assert.Equal(3, sentences.Length);
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(SentenceSegmenter.Split(""));
        Assert.Empty(SentenceSegmenter.Split("\n \n"));
    }
}
