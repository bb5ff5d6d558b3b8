namespace Chronicle.Core.Reading;

/// <summary>
/// Tells HTML from plain text by content, never by file name: a page that opens with a tag and has
/// one of the structural tags (html, head, body, div, p, article, title, meta) near its start.
/// </summary>
public static class ContentSniffer
{
    private const int Window = 4096;

    private static readonly string[] StructuralTags = ["<html", "<head", "<body", "<div", "<p>", "<p ", "<article", "<title", "<meta", "<!doctype html"];

    public static bool IsHtml(string text)
    {
        var span = text.AsSpan().TrimStart();
        if (span.IsEmpty || span[0] != '<')
        {
            return false;
        }

        var head = span[..Math.Min(span.Length, Window)];
        foreach (var tag in StructuralTags)
        {
            if (head.Contains(tag, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
