using System.Globalization;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Chronicle.Core.Contract;
using Chronicle.Core.Story;

namespace Chronicle.Bench;

/// <summary>
/// Cost of adding articles to a story that already holds <see cref="Corpus"/> articles: the
/// incremental update (near-duplicate lookup, event merging, commitment matching). Each operation adds
/// <see cref="Added"/> new articles; divide by it for the cost per added article.
/// </summary>
[MemoryDiagnoser]
public class StoryBenchmarks
{
    public const int Added = 50;

    private string _baseState = "";
    private ArticleDto[] _newArticles = [];
    private StoryState _state = new();

    [Params(100, 1000, 5000)]
    public int Corpus { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var state = new StoryState();
        for (var i = 0; i < Corpus; i++)
        {
            StoryUpdater.Add(state, SyntheticArticles.Make(i));
        }

        _baseState = JsonSerializer.Serialize(state, ContractJson.Compact);
        _newArticles = [.. Enumerable.Range(Corpus, Added).Select(SyntheticArticles.Make)];
    }

    [IterationSetup]
    public void Reset() => _state = JsonSerializer.Deserialize<StoryState>(_baseState, ContractJson.Compact)!;

    [Benchmark(OperationsPerInvoke = Added)]
    public int AddArticles()
    {
        foreach (var a in _newArticles)
        {
            StoryUpdater.Add(_state, a);
        }

        return _state.Events.Count;
    }
}

/// <summary>Deterministic synthetic articles: varied actors, types, dates, places, a commitment and a claim each.</summary>
internal static class SyntheticArticles
{
    // 8 states and 192 smaller actors: a few actors appear everywhere, most rarely, as in real coverage.
    private static readonly string[] Actors =
        [.. new[] { "Northland", "Southland", "River Front", "Hill Brigade", "Coast Guard", "United Council", "Lake Union", "Delta Army" }
            .Concat(Enumerable.Range(0, 192).Select(i => "Group " + i.ToString(CultureInfo.InvariantCulture)))];
    private static readonly string[] Types = ["ASSAULT", "CONSULT", "AGREE", "REQUEST", "RETREAT", "THREATEN", "ACCUSE", "SUPPORT"];
    private static readonly string[] Places = ["Port Vell", "Amara", "Kessa", "Tolun", "Varna Pass"];

    private static readonly string[] Vocabulary = ["convoy", "border", "talks", "ceasefire", "envoy", "rocket", "base", "deadline", "council", "militia", "drone", "statement"];

    /// <summary>A few pseudo-random words so texts differ the way real articles do (no false near-duplicates).</summary>
    private static string Words(int seed)
    {
        var x = (uint)seed * 2654435761u;
        return string.Join(' ', Enumerable.Range(0, 6).Select(k => Vocabulary[(int)((x >> (k * 4)) % (uint)Vocabulary.Length)]));
    }

    public static ArticleDto Make(int i)
    {
        var day = new DateOnly(2030, 1, 1).AddDays(i % 700);
        var date = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var events = new List<EventDto>();
        var sentences = new List<string>();
        for (var k = 0; k < 6; k++)
        {
            var s = $"Report {i} item {k} ({Words(i * 7 + k)}): {Actors[(i + k) % Actors.Length]} acted against {Actors[(i + (3 * k) + 1) % Actors.Length]} near {Places[(i + k) % Places.Length]} in the week of {date}.";
            var start = sentences.Sum(x => x.Length + 1);
            sentences.Add(s);
            events.Add(new EventDto(start, start + s.Length, s, new SpanDto(start, start + 6, s[..6]), Types[(i + k) % Types.Length], null,
                [Actors[(i + k) % Actors.Length]], [Actors[(i + (3 * k) + 1) % Actors.Length]], Places[(i + k) % Places.Length],
                new TimeValueDto(day.AddDays(-k).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), null), false, "occurred", false, 0.8));
        }

        var c = $"{Actors[i % Actors.Length]} will withdraw from {Places[i % Places.Length]} by {day.AddMonths(6):yyyy-MM} under plan {i % 40}.";
        var cStart = sentences.Sum(x => x.Length + 1);
        sentences.Add(c);
        var text = string.Join("\n", sentences);
        var offsets = new List<SentenceDto>();
        var o = 0;
        foreach (var s in sentences)
        {
            offsets.Add(new SentenceDto(o, o + s.Length, offsets.Count));
            o += s.Length + 1;
        }

        return new ArticleDto($"a{i:D6}", $"Title {i}", $"Outlet {i % 12}", null, null, $"a{i}.txt", 1, new PublishedDto(date, "day", "given", null), text, offsets,
            [], [], [], events,
            [new ClaimDto(cStart, cStart + c.Length, c, 100 + (i % 50), true, false, "troops", null, Places[i % Places.Length], null, null, 0.8)],
            [new CommitmentDto(cStart, cStart + c.Length, c, [Actors[i % Actors.Length]], "RETREAT", $"withdraw from {Places[i % Places.Length]}",
                new TimeValueDto(day.AddMonths(6).ToString("yyyy-MM", CultureInfo.InvariantCulture), "ON_OR_BEFORE"), [], [], "announced", null, 0.8)]);
    }
}
