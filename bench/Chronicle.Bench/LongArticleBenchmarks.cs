using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Chronicle.Core;
using Chronicle.Core.Contract;
using Chronicle.Core.Reading;
using Chronicle.Core.Story;

namespace Chronicle.Bench;

/// <summary>
/// Cost of one very long article through everything `chronicle ingest` does except SQLite: reading and
/// cleaning, every pipeline stage, the contract mapping and the story update. The article is built in
/// setup from the seeds' paragraphs, each made unique ("In dispatch 12 from the region, …") so nothing
/// merges as a copy. Compare the two sizes: 4 MB should take about four times as long as 1 MB (a
/// per-article cost that grows with the square of its length shows as sixteen times).
/// Run: <c>cd bench/Chronicle.Bench &amp;&amp; dotnet run -c Release -- --filter '*LongArticle*' --job short</c>.
/// </summary>
[MemoryDiagnoser]
public class LongArticleBenchmarks
{
    private readonly Pipeline _pipeline = Pipeline.CreateDefault();
    private readonly ArticleReader _reader = new(new ReadOptions());
    private byte[] _bytes = [];

    /// <summary>Size of the generated article, in millions of characters.</summary>
    [Params(1, 4)]
    public int Megachars { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(BenchPaths.RepoRoot(), "..", "shared", "seeds");
        var paragraphs = _reader.Read([seeds])
            .SelectMany(r => r.Articles)
            .SelectMany(a => a.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var text = new StringBuilder("A very long report\n\n");
        for (var i = 0; text.Length < Megachars * 1_000_000; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"In dispatch {i} from the region, {paragraphs[i % paragraphs.Count]}\n\n");
        }

        _bytes = Encoding.UTF8.GetBytes(text.ToString());
        var articles = _reader.ReadBytes("long-article.txt", _bytes).Articles.Length;
        Console.WriteLine($"// long article: {text.Length:N0} characters from {paragraphs.Count} seed paragraphs, read as {articles} article(s)");
    }

    [Benchmark]
    public int IngestOneLongArticle()
    {
        var story = new StoryState();
        foreach (var article in _reader.ReadBytes("long-article.txt", _bytes).Articles)
        {
            StoryUpdater.Add(story, ContractMapper.ToDto(_pipeline.Run(article)));
        }

        return story.Events.Count;
    }
}
