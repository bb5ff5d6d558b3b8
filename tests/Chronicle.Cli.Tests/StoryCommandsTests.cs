using System.Text.Json;
using Chronicle.Cli.Tests.Support;

namespace Chronicle.Cli.Tests;

/// <summary>
/// The story commands end to end: the two seed reports of the 2024 phased plan, then our own follow-up
/// reports (Stories/iraq-followups) drive the plan through overdue, met late, revised and disputed.
/// </summary>
public sealed class StoryCommandsTests : IDisposable
{
    private static readonly (string File, string Published)[] Reports =
    [
        (Path.Combine(RepoPaths.Seeds, "001_dfc162691c4e9332.txt"), "2024-09-07"),
        (Path.Combine(RepoPaths.Seeds, "004_e50d8a5f429aba39.txt"), "2024-09-19"),
        (FollowUp("01-plan-restated.txt"), "2025-08-20"),
        (FollowUp("02-phase-one-late.txt"), "2025-10-14"),
        (FollowUp("03-deadline-moved.txt"), "2026-02-03"),
        (FollowUp("04-dispute.txt"), "2026-03-10"),
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("chronicle-story-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string FollowUp(string name) => Path.Combine(RepoPaths.Root, "tests", "Chronicle.Cli.Tests", "Stories", "iraq-followups", name);

    private string IngestAll(string name)
    {
        var db = Path.Combine(_dir, name);
        foreach (var (file, published) in Reports)
        {
            Assert.Equal(0, CliRunner.Run("ingest", file, "--published", published, "--db", db, "-q").ExitCode);
        }

        return db;
    }

    private static JsonElement PhasedPlan(string db, string asOf)
    {
        var result = CliRunner.Run("commitments", "--db", db, "--json", "--as-of", asOf);
        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(result.Output);
        // The plan: a withdrawal with a September 2025 phase, reported by both seed outlets.
        return doc.RootElement.EnumerateArray()
            .Single(c => c.GetProperty("phases").EnumerateArray().Any(p => p.GetProperty("deadline").GetProperty("value").GetString() == "2025-09"))
            .Clone();
    }

    [Fact]
    public void Before_the_first_report_no_commitment_is_known()
    {
        var result = CliRunner.Run("commitments", "--db", IngestAll("story.db"), "--json", "--as-of", "2024-09-01");
        using var doc = JsonDocument.Parse(result.Output);
        Assert.NotEmpty(doc.RootElement.EnumerateArray());
        Assert.All(doc.RootElement.EnumerateArray(), c => Assert.Equal("not yet reported", c.GetProperty("state").GetString()));
    }

    [Theory]
    [InlineData("2024-10-01", "agreed in principle", "due in 364 days", null)]
    [InlineData("2025-10-05", "overdue", "overdue", null)]
    [InlineData("2025-10-20", "in progress", "met", "2026")]
    [InlineData("2026-02-10", "revised", "met", "2026-09")]
    [InlineData("2026-03-15", "disputed", "met", "2026-09")]
    public void The_phased_plan_moves_through_its_states_as_reports_arrive(string asOf, string state, string? phaseOne, string? phaseTwoDeadline)
    {
        var plan = PhasedPlan(IngestAll("story.db"), asOf);

        Assert.Equal(state, plan.GetProperty("state").GetString());
        if (phaseOne is not null)
        {
            var phases = plan.GetProperty("phases").EnumerateArray().ToList();
            Assert.Equal(phaseOne, phases[0].GetProperty("state").GetString());
            if (phaseTwoDeadline is not null)
            {
                Assert.Equal(phaseTwoDeadline, phases[1].GetProperty("deadline").GetProperty("value").GetString());
            }
        }
    }

    [Fact]
    public void The_plan_keeps_every_outlet_that_reported_it_and_the_late_phase_says_so()
    {
        var plan = PhasedPlan(IngestAll("story.db"), "2026-12-31");
        var outlets = plan.GetProperty("mentions").EnumerateArray().Select(m => m.GetProperty("outlet").GetString()).ToHashSet();
        Assert.Contains("Asharq Al-Awsat", outlets);
        Assert.Contains("Newsweek", outlets);
        var met = plan.GetProperty("history").EnumerateArray().Single(h => h.GetProperty("state").GetString() == "met");
        Assert.Contains("after its deadline", met.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.All(plan.GetProperty("history").EnumerateArray(), h => Assert.False(string.IsNullOrEmpty(h.GetProperty("sentence").GetString())));
    }

    [Fact]
    public void The_moved_deadline_is_a_conflict_with_both_outlets_side_by_side()
    {
        var result = CliRunner.Run("conflicts", "--db", IngestAll("story.db"), "--json");
        using var doc = JsonDocument.Parse(result.Output);
        var deadline = doc.RootElement.EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "deadline")
            .Single(c => c.GetProperty("sides").EnumerateArray().Any(s => s.GetProperty("claim").GetString()!.Contains("2026-09", StringComparison.Ordinal)));
        var sides = deadline.GetProperty("sides").EnumerateArray().ToList();
        Assert.Contains(sides, s => s.GetProperty("claim").GetString()!.Contains("2026 (END)", StringComparison.Ordinal));
        Assert.All(sides, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("outlet").GetString())));
    }

    [Fact]
    public void Ingesting_one_article_at_a_time_gives_the_same_story_as_one_pass_over_all_of_them()
    {
        // Incremental: six ingests, the story saved and reloaded after each article.
        var incremental = IngestAll("incremental.db");

        // One pass: the same articles, the story state dropped, then rebuilt from every article at once.
        var batch = Path.Combine(_dir, "batch.db");
        using (var source = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={incremental};Pooling=False"))
        {
            source.Open();
            using var backup = source.CreateCommand();
            backup.CommandText = $"VACUUM INTO '{batch}'";
            backup.ExecuteNonQuery();
        }

        using (var c = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={batch};Pooling=False"))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = "DELETE FROM story_state";
            cmd.ExecuteNonQuery();
        }

        foreach (var command in new[] { "timeline", "commitments", "conflicts" })
        {
            var a = CliRunner.Run(command, "--db", incremental, "--json");
            var b = CliRunner.Run(command, "--db", batch, "--json");
            Assert.Equal(0, a.ExitCode);
            Assert.True(a.Output.Length > 10, command + " printed nothing");
            Assert.Equal(a.Output, b.Output);
        }
    }

    [Fact]
    public void The_timeline_orders_events_by_when_they_happened_and_keeps_the_undated_apart()
    {
        var result = CliRunner.Run("timeline", "--db", IngestAll("story.db"), "--json");
        using var doc = JsonDocument.Parse(result.Output);
        var events = doc.RootElement.EnumerateArray().ToList();
        var dated = events.TakeWhile(e => e.TryGetProperty("time", out _)).Select(e => e.GetProperty("time").GetProperty("value").GetString()!).ToList();
        Assert.True(dated.Count > 3);
        Assert.All(events.Skip(dated.Count), e => Assert.False(e.TryGetProperty("time", out _)));
        Assert.All(events, e => Assert.NotEmpty(e.GetProperty("mentions").EnumerateArray()));
        var filtered = CliRunner.Run("timeline", "--db", IngestAll("filtered.db"), "--from", "2025-01", "--to", "2025-12", "--type", "RETREAT");
        Assert.Equal(0, filtered.ExitCode);
        Assert.Contains("2025-10-11", filtered.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("2024-", filtered.Output.Split('\n').Where(l => l.Length > 0 && char.IsDigit(l[0])).Aggregate("", (x, y) => x + y), StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_dates_in_story_options_are_usage_errors()
    {
        var db = IngestAll("story.db");
        Assert.Equal(2, CliRunner.Run("commitments", "--db", db, "--as-of", "2025-02-30").ExitCode);
        Assert.Equal(2, CliRunner.Run("timeline", "--db", db, "--from", "soon").ExitCode);
        Assert.Equal(3, CliRunner.Run("event", "E99999", "--db", db).ExitCode);
    }
}
