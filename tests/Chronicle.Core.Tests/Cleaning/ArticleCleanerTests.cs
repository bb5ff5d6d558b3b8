using Chronicle.Core.Cleaning;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Cleaning;

/// <summary>Each cleaning rule on a small page of our own.</summary>
public sealed class ArticleCleanerTests
{
    private static readonly ArticleCleaner Cleaner = new();

    private const string P1 = "The harbour authority said on Monday that the northern quay would reopen to container ships next month.";
    private const string P2 = "Dock workers ended a three-week strike after the port agreed to raise night-shift pay by 8 percent.";
    private const string P3 = "The mayor told reporters that the city expected the first ship to arrive before the end of March.";

    private static Article Single(string page, PublicationTime? given = null) => Assert.Single(Cleaner.Clean("page.txt", page, given));

    private static string Lines(params string[] lines) => string.Join('\n', lines);

    [Fact]
    public void A_ticker_under_a_block_heading_goes_and_the_title_after_it_stays()
    {
        var article = Single(Lines("BREAKING", "Rail: Trains to the coast cancelled after a storm.", "Markets: Shares fall for a second day", "", "Harbour reopens after strike", "", P1, P2));
        Assert.Equal("Harbour reopens after strike", article.Title);
        Assert.Equal(P1 + "\n" + P2, article.Text);
    }

    [Fact]
    public void A_spaced_list_of_related_links_inside_the_story_goes_and_the_story_resumes()
    {
        var article = Single(Lines("Harbour reopens after strike", "", P1, "", "Related News", "", "Bridge tolls to rise in spring", "", "New ferry line announced", "", P2));
        Assert.Equal(P1 + "\n" + P2, article.Text);
    }

    [Fact]
    public void Nothing_after_an_end_marker_is_kept_and_its_dates_are_not_the_publication_date()
    {
        var article = Single(Lines("Harbour reopens after strike – Coast Gazette", P1, P2, "See the original post:", "- Ferry line opens - Coast Gazette - May 2nd, 2025 [May 2nd, 2025]", "The ferry line opened on a sunny morning with music on the quay."));
        Assert.Equal(P1 + "\n" + P2, article.Text);
        Assert.Equal(PublicationTime.Unknown, article.Published);
    }

    [Fact]
    public void A_headline_between_paragraphs_is_a_link_to_another_story_and_goes()
    {
        var article = Single(Lines("Harbour reopens after strike", P1, "EXCLUSIVE: Port chief says more strikes are likely", P2));
        Assert.Equal(P1 + "\n" + P2, article.Text);
    }

    [Fact]
    public void A_pull_quote_with_a_dash_attribution_goes_and_the_quote_stays_once_in_the_story()
    {
        const string quote = "\"We are ready to load ships again as soon as the cranes are checked,\" said a crane operator.";
        var article = Single(Lines("Harbour reopens after strike", P1, "'We are ready to load ships again as soon as the cranes are checked.'", "- crane operator", quote, P2));
        Assert.Equal(Lines(P1, quote, P2), article.Text);
    }

    [Fact]
    public void A_quoted_line_repeating_a_longer_paragraph_is_an_echo_and_goes()
    {
        const string quote = "\"We are ready to load ships again as soon as the cranes are checked and the night shift is back,\" said a crane operator.";
        var article = Single(Lines("Harbour reopens after strike", P1, "\"We are ready to load ships again as soon as the cranes are checked and the night shift is back.\"", quote, P2));
        Assert.Equal(Lines(P1, quote, P2), article.Text);
    }

    [Fact]
    public void A_caption_inside_the_story_stays_once_and_credits_and_link_headlines_go()
    {
        const string caption = "Workers wave from a crane on the northern quay (Coast Gazette)";
        const string teaser = "Crane operators test the new night lights on the quay before the first ships arrive on…";
        var article = Single(Lines(
            "Harbour reopens after strike", P1,
            caption, caption,
            "Ferry line opens", teaser, "Jane Harbour/Coast Gazette",
            P2));
        Assert.Equal(Lines(P1, caption, teaser, P2), article.Text);
    }

    [Fact]
    public void The_lead_photo_caption_above_the_story_is_not_part_of_the_body()
    {
        var article = Single(Lines("Harbour reopens after strike", "", "Workers wave from a crane on the northern quay (Coast Gazette)", "Workers wave from a crane on the northern quay (Coast Gazette)", "", P1, P2));
        Assert.Equal(P1 + "\n" + P2, article.Text);
    }

    [Fact]
    public void A_title_printed_twice_is_the_title_once_and_not_in_the_body()
    {
        var article = Single(Lines("close", "close", "", "Harbour reopens after strike", "", "Harbour reopens after strike", "", P1, P2));
        Assert.Equal("Harbour reopens after strike", article.Title);
        Assert.DoesNotContain("Harbour reopens", article.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("close", article.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_article_glued_to_the_first_is_split_with_its_own_title()
    {
        var page = Lines(
            "Harbour reopens after strike", "", "Harbour reopens after strike", "", P1, P2, "", "", "",
            "Ferry line carries first passengers", "", "Ferry line carries first passengers", "",
            "The new ferry line between the two towns carried 240 passengers on its first day, the operator said.",
            "Tickets for the spring season are sold out until the end of April, according to the operator.");
        var articles = Cleaner.Clean("page.txt", page, null);
        Assert.Equal(2, articles.Length);
        Assert.Equal(("Harbour reopens after strike", 1), (articles[0].Title, articles[0].Part));
        Assert.Equal(("Ferry line carries first passengers", 2), (articles[1].Title, articles[1].Part));
        Assert.Equal(P1 + "\n" + P2, articles[0].Text);
        Assert.StartsWith("The new ferry line", articles[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_headline_inside_a_list_of_other_stories_does_not_make_an_article()
    {
        var page = Lines("Harbour reopens after strike", P1, P2, "Most Read", "", "Ferry fares rise again for families", "", "Ferry fares rise again for families", "  • Politics", P3);
        Assert.Single(Cleaner.Clean("page.txt", page, null));
    }

    [Fact]
    public void A_paragraph_set_apart_by_a_photo_above_the_story_is_its_standfirst()
    {
        const string deck = "The port says the reopening depends on safety checks of the cranes and on the weather in March.";
        var article = Single(Lines("Harbour reopens after strike", "", deck, "", "  • photo", "Cranes stand idle on the northern quay. (Coast Gazette)", "", P1, P2, P3));
        Assert.Equal(deck, article.Summary);
        Assert.Equal(Lines(P1, P2, P3), article.Text);
    }

    [Fact]
    public void Byline_and_date_next_to_the_title_are_read_and_the_date_is_stated()
    {
        var article = Single(Lines("Harbour reopens after strike", "  • By Jane Harbour", "  • 3 Mar 2023 08:15", "  • 2 Shares", P1, P2));
        Assert.Equal("Jane Harbour", article.Byline);
        Assert.Equal(new PublicationTime("2023-03-03T08:15", DatePrecision.Minute, PublicationOrigin.Stated, "3 Mar 2023 08:15"), article.Published);
    }

    [Fact]
    public void A_date_sharing_the_byline_line_is_read()
    {
        var article = Single(Lines("Harbour reopens after strike", "By Jane Harbour · 3 March 2023", P1, P2));
        Assert.Equal("Jane Harbour", article.Byline);
        Assert.Equal("2023-03-03", article.Published.Value);
    }

    [Fact]
    public void A_given_publication_time_wins_over_the_page()
    {
        var given = new PublicationTime("2023-03-04", DatePrecision.Day, PublicationOrigin.Given, "--published 2023-03-04");
        var article = Single(Lines("Harbour reopens after strike", "3 Mar 2023 08:15", P1, P2), given);
        Assert.Equal(given, article.Published);
    }

    [Fact]
    public void Dates_in_a_ticker_or_a_list_are_never_the_publication_date()
    {
        var article = Single(Lines("BREAKING", "3 Mar 2023", "Rail: Trains cancelled", "", "Harbour reopens after strike", P1, P2, "Most Read", "Ferry fares rise", "  • 5 Mar 2023"));
        Assert.Equal(PublicationTime.Unknown, article.Published);
    }

    [Theory]
    [InlineData("Harbour reopens after strike – Coast Gazette", "Coast Gazette")]
    [InlineData("Harbour reopens after strike", null)]
    public void The_outlet_comes_from_a_title_suffix(string title, string? outlet)
    {
        Assert.Equal(outlet, Single(Lines(title, P1, P2)).Outlet);
    }

    [Fact]
    public void The_outlet_comes_from_the_site_name_printed_at_the_top_and_again_below()
    {
        var article = Single(Lines("Coast Gazette", "  • News", "Harbour reopens after strike", P1, P2, "Coast Gazette", "All Rights Reserved"));
        Assert.Equal("Coast Gazette", article.Outlet);
    }

    [Fact]
    public void The_outlet_comes_from_sources_who_told_it_twice()
    {
        var article = Single(Lines("Harbour reopens after strike", P1,
            "A port official told Coast Gazette on Sunday that the cranes had passed their checks.",
            "A second official told Coast Gazette that the night shift would return first."));
        Assert.Equal("Coast Gazette", article.Outlet);
    }

    [Fact]
    public void A_name_people_talk_to_that_also_speaks_is_a_person_not_the_outlet()
    {
        var article = Single(Lines("Harbour reopens after strike", P1,
            "The union leader told Mayor Brandt on Sunday that the cranes had passed their checks.",
            "A second worker told Mayor Brandt that the night shift would return first.",
            "Mayor Brandt said the city would pay for the repairs."));
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void A_single_interview_credited_to_another_outlet_does_not_name_the_outlet()
    {
        var article = Single(Lines("Harbour reopens after strike", P1, "The port chief told River Radio on Sunday that the cranes had passed their checks."));
        Assert.Null(article.Outlet);
    }

    [Fact]
    public void The_outlet_comes_from_its_request_for_comment()
    {
        var article = Single(Lines("Harbour reopens after strike", P1, "Coast Gazette contacted the U.S. shipping line and the port for comment."));
        Assert.Equal("Coast Gazette", article.Outlet);
    }

    [Fact]
    public void Widgets_go_wherever_they_are()
    {
        var article = Single(Lines("Skip to content", "View Featured Image", "Harbour reopens after strike", "Above photo: Coast Gazette.", P1, "Share", P2, "Sign Up To Our Daily Digest", "Independent outlets need your support, so please sign up for our daily email today."));
        Assert.Equal(P1 + "\n" + P2, article.Text);
    }

    [Fact]
    public void A_page_without_a_title_keeps_its_text()
    {
        var article = Single(Lines(P1, P2));
        Assert.Null(article.Title);
        Assert.Equal(P1 + "\n" + P2, article.Text);
    }

    [Fact]
    public void Windows_line_ends_and_runs_of_spaces_are_normalised()
    {
        var article = Single("Harbour reopens after strike\r\n" + P1.Replace(" the ", " \t the ", StringComparison.Ordinal) + "\r\n" + P2 + "\r\n");
        Assert.Equal(P1 + "\n" + P2, article.Text);
    }

    [Fact]
    public void A_page_of_menus_only_has_no_article()
    {
        Assert.Empty(Cleaner.Clean("page.txt", Lines("Home", "  • News", "  • Sports", "Contact Us"), null));
    }

    [Fact]
    public void The_id_is_the_content_hash_so_the_same_text_elsewhere_is_the_same_article()
    {
        var a = Single(Lines("Harbour reopens after strike", P1, P2));
        var b = Assert.Single(Cleaner.Clean("copy.txt", Lines("Skip to content", "Harbour reopens after strike", P1, P2), null));
        Assert.Equal(a.Id, b.Id);
        Assert.Equal(a.ContentHash, b.ContentHash);
    }
}
