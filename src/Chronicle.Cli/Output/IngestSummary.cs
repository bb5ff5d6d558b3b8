namespace Chronicle.Cli.Output;

/// <summary>The outcome of ingesting one input file.</summary>
internal sealed record IngestRow(string File, int Articles, int Added, int Duplicates, string? Error);

/// <summary>The table printed at the end of an ingest.</summary>
internal static class IngestSummary
{
    public static void Print(IReadOnlyList<IngestRow> rows, TextWriter o)
    {
        var table = new TextTable("file", "articles", "new", "duplicate", "status");
        foreach (var r in rows)
        {
            table.Add(r.File, r.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Added.ToString(System.Globalization.CultureInfo.InvariantCulture),
                r.Duplicates.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Error is null ? "ok" : "failed: " + r.Error);
        }

        table.Write(o);
        var failed = rows.Count(r => r.Error is not null);
        o.WriteLine($"{rows.Count} input(s): {rows.Sum(r => r.Articles)} article(s) read, {rows.Sum(r => r.Added)} new, {rows.Sum(r => r.Duplicates)} already stored, {failed} failed");
    }
}
