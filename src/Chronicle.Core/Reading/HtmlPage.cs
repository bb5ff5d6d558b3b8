using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Reading;

/// <summary>What an HTML page gives the cleaner: its text as lines (one block element a line) and what its markup states.</summary>
/// <param name="Extractor">"smartreader" when SmartReader found the article, "angleSharp" when the whole body was used.</param>
public sealed record HtmlPage(string Text, PageHints Hints, string Extractor);
