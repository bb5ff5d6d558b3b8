using System.Text.Json;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Time;

/// <summary>
/// Every time in ../shared/gold/seeds.json is found with its gold value when the article's
/// <c>published.actual</c> is given. The gold has no offsets: each occurrence of the gold text in the
/// clean text is tried, and one of them must carry an expression with the gold value.
/// </summary>
public sealed class SeedGoldTimeTests
{
    public static TheoryData<string, int, string, string, string, string> GoldTimes()
    {
        var data = new TheoryData<string, int, string, string, string, string>();
        using var gold = JsonDocument.Parse(File.ReadAllText(RepoPaths.Gold));
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            if (!article.TryGetProperty("times", out var times))
            {
                continue;
            }

            var file = article.GetProperty("file").GetString()!;
            var part = article.GetProperty("part").GetInt32();
            var published = article.GetProperty("published").GetProperty("actual").GetString()!;
            foreach (var t in times.EnumerateArray())
            {
                data.Add(file, part, published, t.GetProperty("text").GetString()!, t.GetProperty("type").GetString()!, t.GetProperty("value").GetString()!);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldTimes))]
    public void Gold_time_is_found_with_its_value(string file, int part, string published, string text, string type, string value)
    {
        Assert.True(GivenDate.TryParse(published, out var pub, out _));
        var read = new ArticleReader(new ReadOptions(pub)).ReadFile(Path.Combine(RepoPaths.Seeds, file));
        Assert.Null(read.Error);

        // The cleaner may split or merge parts differently while it improves; search the part named by the
        // gold first, then the others (the value must still come out of that article's own publication date).
        var articles = read.Articles.OrderBy(a => a.Part == part ? 0 : 1).ToList();
        var pipeline = Pipeline.CreateDefault();
        var seen = new List<string>();
        foreach (var article in articles)
        {
            var doc = pipeline.Run(article);
            for (var at = doc.Text.IndexOf(text, StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + text.Length);
                foreach (var t in doc.Times.Where(t => t.Span.Overlaps(span)))
                {
                    seen.Add($"{t.Span.Text(doc.Text)}={t.Value.Value}");
                    if (t.Value.Value == value)
                    {
                        return;
                    }
                }
            }
        }

        // The cleaner (another stage, improving in parallel) may drop a passage that holds a gold time,
        // such as a photo caption. The time stage is then checked on the file's raw text instead.
        if (articles.All(a => !a.Text.Contains(text, StringComparison.Ordinal)))
        {
            var raw = File.ReadAllText(Path.Combine(RepoPaths.Seeds, file));
            var times = Chronicle.Core.Time.TemporalTagger.Tag(raw, pub);
            for (var at = raw.IndexOf(text, StringComparison.Ordinal); at >= 0; at = raw.IndexOf(text, at + 1, StringComparison.Ordinal))
            {
                var span = new TextSpan(at, at + text.Length);
                if (times.Any(t => t.Span.Overlaps(span) && t.Value.Value == value))
                {
                    return;
                }
            }
        }

        Assert.Fail($"'{text}' → {value} ({type}) not found in {file}; overlapping expressions: {string.Join(", ", seen.Distinct())}");
    }
}
