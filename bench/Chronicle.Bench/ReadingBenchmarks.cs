using System.Text;
using BenchmarkDotNet.Attributes;
using Chronicle.Core.Cleaning;
using Chronicle.Core.Reading;
using Chronicle.Core.Segmenting;

namespace Chronicle.Bench;

/// <summary>
/// Read → clean → segment throughput: the five seed pages (plain-text scrapes, ../shared/seeds) through
/// the line cleaner, the two HTML samples (samples/*.html) through AngleSharp + SmartReader + the
/// cleaner, and the seeds' clean text through the sentence splitter and tokenizer. Divide
/// <see cref="SeedBytes"/>, <see cref="HtmlBytes"/> or <see cref="CleanChars"/> (printed at setup) by
/// the mean time for MB/s.
/// </summary>
[MemoryDiagnoser]
public class ReadingBenchmarks
{
    private readonly ArticleCleaner _cleaner = new();
    private readonly ArticleReader _reader = new(new ReadOptions());
    private string[] _seeds = [];
    private (string Name, byte[] Bytes)[] _html = [];
    private string[] _clean = [];

    public long SeedBytes { get; private set; }

    public long HtmlBytes { get; private set; }

    public long CleanChars { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = BenchPaths.RepoRoot();
        _seeds = [.. Directory.GetFiles(Path.Combine(root, "..", "shared", "seeds")).Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        _html = [.. Directory.GetFiles(Path.Combine(root, "samples"), "*.html").Order(StringComparer.Ordinal).Select(f => (f, File.ReadAllBytes(f)))];
        _clean = [.. _seeds.SelectMany(s => _cleaner.Clean("seed", s, null)).Select(a => a.Text)];
        SeedBytes = _seeds.Sum(s => (long)Encoding.UTF8.GetByteCount(s));
        HtmlBytes = _html.Sum(h => (long)h.Bytes.Length);
        CleanChars = _clean.Sum(c => (long)c.Length);
        Console.WriteLine($"// seeds: {SeedBytes} bytes, html samples: {HtmlBytes} bytes, clean seed text: {CleanChars} chars");
    }

    [Benchmark]
    public int CleanSeeds()
    {
        var n = 0;
        foreach (var seed in _seeds)
        {
            n += _cleaner.Clean("seed", seed, null).Length;
        }

        return n;
    }

    [Benchmark]
    public int ReadHtmlSamples()
    {
        var n = 0;
        foreach (var (name, bytes) in _html)
        {
            n += _reader.ReadBytes(name, bytes).Articles.Length;
        }

        return n;
    }

    [Benchmark]
    public int SegmentCleanSeeds()
    {
        var n = 0;
        foreach (var text in _clean)
        {
            n += SentenceSegmenter.Split(text).Length + Tokenizer.Tokenize(text).Length;
        }

        return n;
    }
}
