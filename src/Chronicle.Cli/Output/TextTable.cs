namespace Chronicle.Cli.Output;

/// <summary>A plain-text table with padded columns; long cells are cut with an ellipsis.</summary>
public sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public int MaxCellWidth { get; init; } = 60;

    public void Add(params string?[] cells) => _rows.Add([.. cells.Select(c => Fit(c ?? ""))]);

    public void Write(TextWriter o)
    {
        var widths = headers.Select((h, i) => Math.Max(h.Length, _rows.Count == 0 ? 0 : _rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        o.WriteLine(Line(headers, widths));
        o.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in _rows)
        {
            o.WriteLine(Line(row, widths));
        }
    }

    private static string Line(string[] cells, int[] widths) =>
        string.Join("  ", widths.Select((w, i) => (i < cells.Length ? cells[i] : "").PadRight(w))).TrimEnd();

    private string Fit(string s)
    {
        s = s.Replace('\n', ' ');
        return s.Length <= MaxCellWidth ? s : s[..(MaxCellWidth - 1)] + "…";
    }
}
