using System.Text.Json;
using Chronicle.Core.Story;
using Xunit.Abstractions;

namespace Chronicle.Core.Tests.Story;

/// <summary>The story view of the seeds against ../shared/gold/seeds.json ("story" and per-article events, commitments, contradictions).</summary>
[Collection(nameof(SeedStoryCollection))]
public sealed class SeedStoryTests(SeedStory seeds, ITestOutputHelper output)
{
    [Fact]
    public void The_2024_phased_plan_reported_by_two_outlets_is_one_commitment_with_both_sources()
    {
        foreach (var same in seeds.Gold.GetProperty("story").GetProperty("sameCommitment").EnumerateArray())
        {
            var key = same.GetProperty("storyKey").GetString();
            var ids = new HashSet<string>();
            foreach (var file in same.GetProperty("files").EnumerateArray().Select(f => f.GetString()!))
            {
                var (entry, part) = GoldArticles().First(x => x.File == file && x.Entry.GetProperty("commitments").EnumerateArray()
                    .Any(c => c.TryGetProperty("storyKey", out var k) && k.GetString() == key)) is var hit ? (hit.Entry, hit.Part) : default;
                var cue = entry.GetProperty("commitments").EnumerateArray().First(c => c.TryGetProperty("storyKey", out var k) && k.GetString() == key)
                    .GetProperty("cue").GetString()!;
                var span = seeds.Locate(file, part, cue) ?? throw new InvalidOperationException($"cue not in clean text of {file}");
                var articleId = seeds.Articles[(file, part)].Id;
                var commitment = StoryView.Commitments(seeds.State).FirstOrDefault(c =>
                    c.Mentions.Any(m => m.ArticleId == articleId && m.Start < span.End && span.Start < m.End));
                Assert.True(commitment is not null, $"{file}: no commitment over the gold cue");
                ids.Add(commitment!.Id);
            }

            var id = Assert.Single(ids);
            var merged = StoryView.Commitments(seeds.State).Single(c => c.Id == id);
            Assert.Equal(2, merged.Mentions.Select(m => m.ArticleId).Distinct().Count());
            Assert.Contains(merged.Phases, p => p.Deadline?.Value == "2025-09");
            Assert.Contains(merged.Phases, p => p.Deadline?.Value == "2026");
        }
    }

    [Fact]
    public void Events_the_gold_calls_the_same_are_one_canonical_event()
    {
        var found = 0;
        var groups = seeds.Gold.GetProperty("story").GetProperty("sameEvent").EnumerateArray().ToList();
        foreach (var same in groups)
        {
            var files = same.GetProperty("files").EnumerateArray().Select(f => f.GetString()!).ToList();
            var ids = seeds.Articles.Where(a => files.Contains(a.Key.File)).GroupBy(a => a.Key.File).Select(g => g.Select(a => a.Value.Id).ToHashSet()).ToList();
            // What the group is about: a type and date that gold events of two of its files share.
            var golds = GoldEvents().Where(e => files.Contains(e.File) && e.Dates.Count > 0).ToList();
            var shared = golds.SelectMany(a => golds.Where(b => b.File != a.File && a.Types.Intersect(b.Types).Any()
                    && Range(a.Dates[0]).Overlaps(Range(b.Dates[0])))
                .Select(b => (Type: a.Types.Intersect(b.Types).First(), Range: Range(a.Dates[0]))))
                .ToList();
            // One canonical event of that type and time with a mention in every one of the group's files.
            var merged = StoryView.Events(seeds.State).FirstOrDefault(e => shared.Any(x => x.Type == e.Type
                    && DateRange.TryParse(e.Time?.Value, out var r) && r.Overlaps(x.Range))
                && ids.All(fileIds => e.Mentions.Any(m => fileIds.Contains(m.ArticleId))));
            output.WriteLine($"{same.GetProperty("what").GetString()}: {(merged is null ? "not merged" : $"merged as {merged.Id} {merged.Type} {merged.Time?.Value}, {merged.Mentions.Count} mentions")}");
            found += merged is null ? 0 : 1;
        }

        Assert.True(found == groups.Count, $"{found} of {groups.Count} same-event groups merged");
    }

    [Fact]
    public void Gold_events_found_in_the_story_carry_their_dates_and_the_timeline_orders_them()
    {
        var timeline = TimelineQuery.Build(StoryView.Events(seeds.State), new TimelineFilter());
        var position = timeline.Dated.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var placed = new List<(string GoldDate, int Position)>();
        int dated = 0, withDate = 0;
        foreach (var g in GoldEvents().Where(g => g.Dates.Count > 0))
        {
            withDate++;
            var e = seeds.EventAt(g.File, g.Part, g.Cue, g.Types);
            if (e?.Time?.Value is { } value && g.Dates.Any(d => SameDate(value, d)))
            {
                dated++;
                placed.Add((g.Dates[0], position[e.Id]));
            }
            else
            {
                output.WriteLine($"{g.File}: '{g.Cue}' expected {string.Join("|", g.Dates)}, got {e?.Time?.Value ?? (e is null ? "no event" : "undated")}");
            }
        }

        output.WriteLine($"{dated} of {withDate} dated gold events found with the right date");
        // The timeline puts them in the gold's order: sorting by our position sorts the gold dates too.
        var byPosition = placed.OrderBy(p => p.Position).Select(p => Range(p.GoldDate)).ToList();
        for (var i = 1; i < byPosition.Count; i++)
        {
            // A later timeline entry never lies wholly before an earlier one.
            Assert.True(byPosition[i].End >= byPosition[i - 1].Start, $"out of order at {i}: {byPosition[i - 1]} then {byPosition[i]}");
        }
        Assert.True(dated == withDate, $"only {dated} of {withDate} dated gold events found with the right date");
    }

    [Fact]
    public void Gold_contradictions_are_reported_as_conflicts()
    {
        var conflicts = ConflictFinder.Find(seeds.State);
        var found = 0;
        var total = 0;
        foreach (var (file, part, entry) in GoldArticles())
        {
            foreach (var c in entry.GetProperty("contradictions").EnumerateArray())
            {
                total++;
                var a = c.GetProperty("a").GetString()!;
                var b = c.GetProperty("b").GetString()!;
                var hit = conflicts.Any(x => x.Sides.Any(s => s.Sentence.Contains(a, StringComparison.Ordinal)) && x.Sides.Any(s => s.Sentence.Contains(b, StringComparison.Ordinal)));
                output.WriteLine($"{file}: {(hit ? "found" : "missed")}: {c.GetProperty("note").GetString()}");
                found += hit ? 1 : 0;
            }
        }

        output.WriteLine($"{found} of {total} gold contradictions found; {conflicts.Count} conflicts reported in all");
        Assert.True(found == total, $"{found} of {total} gold contradictions found");
    }

    private IEnumerable<(string File, int Part, JsonElement Entry)> GoldArticles() =>
        seeds.Gold.GetProperty("articles").EnumerateArray().Select(a => (a.GetProperty("file").GetString()!, a.GetProperty("part").GetInt32(), a));

    private IEnumerable<(string File, int Part, string Cue, IReadOnlyCollection<string> Types, IReadOnlyList<string> Dates)> GoldEvents() =>
        GoldArticles().SelectMany(a => a.Entry.GetProperty("events").EnumerateArray().Select(e => (
            a.File, a.Part, e.GetProperty("cue").GetString()!,
            (IReadOnlyCollection<string>)OneOrMany(e.GetProperty("type")),
            (IReadOnlyList<string>)(e.GetProperty("date").ValueKind == JsonValueKind.Null ? [] : OneOrMany(e.GetProperty("date"))))));

    // Right when one date refines the other: "2024-09" and "2024-09-06", or a day inside the gold's week.
    private static bool SameDate(string ours, string gold) =>
        ours.StartsWith(gold, StringComparison.Ordinal) || gold.StartsWith(ours, StringComparison.Ordinal)
        || (DateRange.TryParse(ours, out var o) && Range(gold) is var g && o.Start >= g.Start && o.End <= g.End);

    private static DateRange Range(string value) => DateRange.TryParse(value, out var r) ? r : throw new InvalidOperationException(value);

    private static List<string> OneOrMany(JsonElement e) =>
        e.ValueKind == JsonValueKind.Array ? [.. e.EnumerateArray().Select(x => x.GetString()!)] : [e.GetString()!];
}
