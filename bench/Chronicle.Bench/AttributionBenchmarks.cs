using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Chronicle.Core.Attribution;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Segmenting;

namespace Chronicle.Bench;

/// <summary>
/// Throughput of the attribution stage alone (segmentation done beforehand) on the seed articles as
/// the current reader cleans them, repeated until the corpus holds about 10 MB of text. Words per
/// second per core = <see cref="Words"/> / mean time (single-threaded run).
/// Run: <c>dotnet run -c Release --project bench/Chronicle.Bench -- --filter '*Attribution*'</c>.
/// </summary>
[MemoryDiagnoser]
public partial class AttributionBenchmarks
{
    private const long TargetChars = 10L * 1024 * 1024;
    private readonly AttributionExtractor _stage = new();
    private List<AnnotatedArticle> _docs = [];

    /// <summary>Words in the corpus (printed at setup so words/s can be computed from the mean).</summary>
    public static long Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var seeds = Path.Combine(FindRoot(), "..", "shared", "seeds");
        var reader = new ArticleReader(new ReadOptions());
        var articles = reader.Read([seeds]).SelectMany(r => r.Articles).ToList();
        var segmenter = new SentenceSegmenter();
        var once = articles.Select(a => segmenter.Annotate(new AnnotatedArticle(a))).ToList();
        long chars = 0;
        _docs = [];
        while (chars < TargetChars)
        {
            foreach (var d in once)
            {
                _docs.Add(d);
                chars += d.Text.Length;
            }
        }

        Words = _docs.Sum(d => (long)WordRegex().Count(d.Text));
        Console.WriteLine($"// attribution corpus: {_docs.Count} articles, {chars / (1024.0 * 1024.0):0.0} MB, {Words} words");
    }

    [Benchmark]
    public int AttributionOnTenMegabytes()
    {
        var n = 0;
        foreach (var d in _docs)
        {
            n += _stage.Annotate(d).Quotes.Length;
        }

        return n;
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"\w+", RegexOptions.None, 1000)]
    private static partial Regex WordRegex();
}
