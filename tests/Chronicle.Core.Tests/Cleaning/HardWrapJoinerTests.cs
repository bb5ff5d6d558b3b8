using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Tests.Cleaning;

public sealed class HardWrapJoinerTests
{
    private const string Wrapped =
        "Harbour reopens after a three-week strike by dock workers\n" +
        "\n" +
        "The harbour authority said on Monday that the northern quay would\n" +
        "reopen to container ships next month, after dock workers ended a\n" +
        "three-week strike over night-shift pay.\n" +
        "\n" +
        "The port agreed to raise night-shift pay by 8 percent. The mayor told\n" +
        "reporters that the first ship was expected before the end of March.\n";

    [Fact]
    public void Joins_lines_cut_by_a_fixed_width_into_paragraphs()
    {
        Assert.Equal(
            "Harbour reopens after a three-week strike by dock workers\n\n" +
            "The harbour authority said on Monday that the northern quay would reopen to container ships next month, after dock workers ended a three-week strike over night-shift pay.\n\n" +
            "The port agreed to raise night-shift pay by 8 percent. The mayor told reporters that the first ship was expected before the end of March.",
            HardWrapJoiner.Unwrap(Wrapped));
    }

    [Fact]
    public void A_wrapped_page_is_cleaned_into_whole_paragraphs()
    {
        var article = Assert.Single(new ArticleCleaner().Clean("wrapped.txt", Wrapped, null));
        Assert.Equal("Harbour reopens after a three-week strike by dock workers", article.Title);
        Assert.Equal(2, article.Text.Split('\n').Length);
        Assert.Contains("would reopen to container ships", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_with_long_lines_is_left_alone()
    {
        var text = "Harbour reopens\n" + new string('x', 120) + ".\nShort line\nAnother short line that goes on for a while";
        Assert.Same(text, HardWrapJoiner.Unwrap(text));
    }

    [Fact]
    public void A_page_of_short_menu_lines_is_left_alone()
    {
        const string menu = "Politics\nEconomy\nSports\nHealth\nOpinion\nAnalysis";
        Assert.Same(menu, HardWrapJoiner.Unwrap(menu));
    }

    [Fact]
    public void List_items_are_never_joined_to_the_line_above()
    {
        const string text = "Harbour reopens\n\nThe harbour authority listed three conditions for the quay to reopen\n- the cranes must pass their safety checks this month\n- the night shift must be fully staffed again by March\n- the weather must allow ships to berth in the harbour";
        Assert.Equal(text, HardWrapJoiner.Unwrap(text));
    }
}
