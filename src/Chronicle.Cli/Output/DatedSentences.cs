using Chronicle.Core.Contract;

namespace Chronicle.Cli.Output;

/// <summary>A sentence placed on the timeline at the date it mentions.</summary>
internal sealed record DatedSentence(string Date, string? Mod, string ArticleId, string? Outlet, string Source, string Sentence, int Start, int End);

internal static class DatedSentences
{
    /// <summary>Every DATE/TIME expression with a fully resolved value (no 'X'), with its sentence, ordered by value.</summary>
    public static IEnumerable<DatedSentence> From(IEnumerable<ArticleDto> articles) =>
        articles.SelectMany(a => a.Times
                .Where(t => t.Type is "DATE" or "TIME" && t.Value.Length >= 4 && char.IsDigit(t.Value[0]) && !t.Value.Contains('X', StringComparison.Ordinal))
                .Select(t =>
                {
                    var s = a.Sentences.FirstOrDefault(s => s.Start <= t.Start && t.End <= s.End) ?? new SentenceDto(t.Start, t.End, 0);
                    return new DatedSentence(t.Value, t.Mod, a.Id, a.Outlet, a.Source, a.Text[s.Start..s.End], s.Start, s.End);
                }))
            .OrderBy(e => e.Date, StringComparer.Ordinal);
}
