using BenchmarkDotNet.Attributes;
using Chronicle.Core;
using Chronicle.Core.Actors;
using Chronicle.Core.Attribution;
using Chronicle.Core.Events;
using Chronicle.Core.Events.Claims;
using Chronicle.Core.Events.Commitments;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Segmenting;
using Chronicle.Core.Time;

namespace Chronicle.Bench;

/// <summary>
/// Throughput of the events, claims and commitments stages on the seed articles (../shared/seeds)
/// and our own story, each stage run on documents already carrying the layers it reads. One
/// operation annotates every document once; words per second per core = <see cref="Words"/> (printed at setup) / mean.
/// Run: <c>dotnet run -c Release --project bench/Chronicle.Bench -- --filter '*EventBenchmarks*'</c>.
/// </summary>
[MemoryDiagnoser]
public class EventBenchmarks
{
    private readonly EventExtractor _events = new();
    private readonly ClaimExtractor _claims = new();
    private readonly CommitmentExtractor _commitments = new();
    private AnnotatedArticle[] _upstream = [];
    private AnnotatedArticle[] _withEvents = [];
    private AnnotatedArticle[] _withClaims = [];

    /// <summary>Word tokens in one operation's documents.</summary>
    public int Words { get; private set; }

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var files = Directory.GetFiles(Path.Combine(root, "..", "shared", "seeds"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(root, "tests", "Chronicle.Core.Tests", "Events", "Stories", "highlands"), "*.txt"))
            .Order(StringComparer.Ordinal);
        var upstream = new PipelineBuilder()
            .Add(new SentenceSegmenter()).Add(new TemporalTagger()).Add(new ActorRecognizer()).Add(new AttributionExtractor())
            .Build();
        GivenDate.TryParse("2024-09-19", out var published, out _);
        var reader = new ArticleReader(new ReadOptions(published));
        _upstream = [.. files.SelectMany(f => reader.ReadFile(f).Articles).Select(upstream.Run)];
        _withEvents = [.. _upstream.Select(_events.Annotate)];
        _withClaims = [.. _withEvents.Select(_claims.Annotate)];
        Words = _upstream.Sum(d => d.Tokens.Count(t => t.Kind == TokenKind.Word));
        Console.WriteLine($"// {_upstream.Length} documents, {Words} words per operation");
    }

    [Benchmark]
    public int Events() => _upstream.Sum(d => _events.Annotate(d).Events.Length);

    [Benchmark]
    public int Claims() => _withEvents.Sum(d => _claims.Annotate(d).Claims.Length);

    [Benchmark]
    public int Commitments() => _withClaims.Sum(d => _commitments.Annotate(d).Commitments.Length);

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Chronicle.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Chronicle.slnx not found above " + AppContext.BaseDirectory);
    }
}
