namespace Chronicle.Core.Cleaning;

/// <summary>What one line of a page looks like on its own, before its neighbours are considered.</summary>
public enum LineKind
{
    Blank,
    /// <summary>A full paragraph: ends like a sentence and has at least <see cref="LineClassifier.ParagraphWords"/> words.</summary>
    Paragraph,
    /// <summary>Ends like a sentence but is short ("This week, talks go on.").</summary>
    ShortSentence,
    /// <summary>Words without sentence punctuation at the end: a title, a link, a menu entry, a subheading.</summary>
    Headline,
    /// <summary>A list item ("• Politics", "- Some headline - Outlet - date").</summary>
    Bullet,
    /// <summary>Widget text to drop ("Skip to content", "Above photo: …").</summary>
    Widget,
    /// <summary>A heading of a block of other articles or a ticker ("Related News", "BREAKING").</summary>
    BlockHeading,
    /// <summary>A marker that the article is over ("See the original post", "Most Read").</summary>
    EndMarker,
    /// <summary>"By Jane Doe".</summary>
    Byline,
    /// <summary>A line that is only a date (and time).</summary>
    DateLine,
    /// <summary>Counters: "5 Min Read", "1 Shares", "12 comments".</summary>
    Counter,
    /// <summary>A photo caption ending with its credit: "… (AP)", "… (Government media)".</summary>
    Caption,
    /// <summary>A photo credit line: "Jane Doe/AP", "© Reuters".</summary>
    Credit,
    /// <summary>A cut-off teaser of another article, ending with "…".</summary>
    Teaser,
    /// <summary>No letters at all ("***", "|").</summary>
    Other,
}
