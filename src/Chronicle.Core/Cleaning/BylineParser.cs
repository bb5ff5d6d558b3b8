using Chronicle.Core.Model;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// Reads a byline: "By Jane Doe", "Written by Jane Doe", and the common "By Jane Doe · 26 October 2025"
/// where the date shares the line (separated by '·', '|', '–' or '—').
/// </summary>
public static class BylineParser
{
    private static readonly string[] Separators = ["·", "|", " – ", " — ", "•"];

    public static (string? Name, PublicationTime? Date) Parse(string line)
    {
        LineClassifier.StripBullet(line, out var core);
        var text = core.ToString();
        foreach (var lead in (string[])["Written by ", "By ", "BY "])
        {
            if (text.StartsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                text = text[lead.Length..];
                break;
            }
        }

        string? name = null;
        PublicationTime? date = null;
        foreach (var part in text.Split(Separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (date is null && DateLineParser.TryParse(part) is { } parsed)
            {
                date = parsed;
            }
            else
            {
                name ??= part;
            }
        }

        return (name, date);
    }
}
