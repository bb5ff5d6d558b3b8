using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;

namespace Chronicle.Core.Reading;

/// <summary>
/// Writes the text of an element as lines: one line per block element (p, h1–h6, li, blockquote,
/// div …), list items with a "• " bullet so the cleaner sees them as lists, &lt;br&gt; as a line
/// break. Scripts, styles, forms, navigation, asides, figures and their captions are skipped.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly FrozenSet<string> Skipped = new[]
    {
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "form", "button", "select", "input",
        "nav", "aside", "footer", "figure", "figcaption", "picture", "video", "audio", "object", "head",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "div", "section", "article", "main", "header", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
        "blockquote", "pre", "table", "tr", "td", "th", "dl", "dt", "dd", "hr", "address", "body", "html",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static string ToText(INode root)
    {
        var text = new StringBuilder();
        var line = new StringBuilder();
        Walk(root, text, line);
        Flush(text, line);
        return text.ToString();
    }

    private static void Walk(INode node, StringBuilder text, StringBuilder line)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child)
            {
                case IText t:
                    line.Append(t.Data);
                    break;
                case IElement e when Skipped.Contains(e.LocalName):
                    break;
                case IElement e when e.LocalName == "br":
                    Flush(text, line);
                    break;
                case IElement e when Blocks.Contains(e.LocalName):
                    Flush(text, line);
                    if (e.LocalName == "li")
                    {
                        line.Append("• ");
                    }

                    Walk(e, text, line);
                    Flush(text, line);
                    break;
                case IElement e:
                    Walk(e, text, line);
                    break;
            }
        }
    }

    private static void Flush(StringBuilder text, StringBuilder line)
    {
        var s = line.ToString().Trim();
        line.Clear();
        if (s.Length > 0 && s != "•")
        {
            // A blank line between blocks, as in the text pages the cleaner was built on.
            text.Append(s).Append("\n\n");
        }
    }
}
