using System.Globalization;

namespace Chronicle.Core.Story;

/// <summary>
/// Finds claims that cannot all hold: different deadlines for the same phase of one commitment,
/// different numbers for the same quantity at the same time, and an event asserted by one report and
/// denied by another.
/// </summary>
public static class ConflictFinder
{
    /// <summary>Relative difference two approximate numbers may have and still agree ("about 2,500" vs 2,400).</summary>
    public const double ApproxTolerance = 0.15;

    /// <summary>Claims reported further apart than this are about different moments, not in conflict.</summary>
    public const int SameTimeDays = 45;

    public static IReadOnlyList<Conflict> Find(StoryState state)
    {
        var conflicts = new List<Conflict>();
        conflicts.AddRange(DeadlineConflicts(state));
        conflicts.AddRange(NumberConflicts(state));
        conflicts.AddRange(DenialConflicts.Find(state));
        return [.. conflicts.Select((c, i) => c with { Id = "X" + (i + 1).ToString(CultureInfo.InvariantCulture) })];
    }

    private static IEnumerable<Conflict> DeadlineConflicts(StoryState state)
    {
        foreach (var c in state.Commitments)
        {
            var members = c.Members.Where(m => CommitmentHistory.PhasesOf(m).Count > 0).ToList();
            if (members.Count < 2)
            {
                continue;
            }

            // Align every report's phases with the plan as first reported (the one with most phases).
            var plan = members.Select(CommitmentHistory.PhasesOf).OrderByDescending(p => p.Count).First();
            var byPhase = members
                .SelectMany(m => CommitmentHistory.Align(plan, CommitmentHistory.PhasesOf(m), m.Mention.Sentence).Select(a => (a.Index, a.Phase, Member: m)))
                .Where(x => x.Phase.Deadline is not null)
                .GroupBy(x => x.Index);
            foreach (var phase in byPhase.OrderBy(g => g.Key))
            {
                var sides = phase.GroupBy(x => x.Phase.Deadline!.Value, StringComparer.Ordinal).Select(g => g.First()).ToList();
                if (sides.Count < 2)
                {
                    continue;
                }

                yield return new Conflict("", "deadline", $"{plan[phase.Key].What} (phase {phase.Key + 1} of {c.Id})",
                    [.. sides.Select(x => Side($"phase {phase.Key + 1} by {Deadline.Show(x.Phase.Deadline)}", x.Member.Mention))]);
            }
        }
    }

    private static IEnumerable<Conflict> NumberConflicts(StoryState state)
    {
        var groups = state.Claims.Where(c => !c.Vague)
            .GroupBy(c => (Unit: c.Unit.ToLowerInvariant(), Place: c.Place?.ToLowerInvariant(), About: c.About?.ToLowerInvariant()));
        foreach (var g in groups)
        {
            var claims = g.ToList();
            for (var i = 0; i < claims.Count; i++)
            {
                for (var j = i + 1; j < claims.Count; j++)
                {
                    var (a, b) = (claims[i], claims[j]);
                    if (a.Group == b.Group || !SameTime(a, b) || Agree(a, b))
                    {
                        continue;
                    }

                    yield return new Conflict("", "number", $"{g.Key.About ?? g.Key.Unit}{(g.Key.Place is { } p ? " in " + p : "")}",
                        [Side(Show(a), a.Mention), Side(Show(b), b.Mention)]);
                }
            }
        }
    }

    private static bool SameTime(ClaimMember a, ClaimMember b)
    {
        if (DateRange.TryParse(a.Time?.Value, out var x) && DateRange.TryParse(b.Time?.Value, out var y))
        {
            return x.Overlaps(y);
        }

        return Deadline.Day(a.Mention.Published) is { } da && Deadline.Day(b.Mention.Published) is { } db
            && Math.Abs(da.DayNumber - db.DayNumber) <= SameTimeDays;
    }

    private static bool Agree(ClaimMember a, ClaimMember b)
    {
        if (a.Quantity == b.Quantity)
        {
            return true;
        }

        var tolerance = a.Approx || b.Approx ? ApproxTolerance : 0;
        var diff = Math.Abs(a.Quantity - b.Quantity) / Math.Max(a.Quantity, b.Quantity);
        return (double)diff <= tolerance;
    }

    private static string Show(ClaimMember c) =>
        $"{(c.Approx ? "about " : "")}{c.Quantity.ToString("#,0.##", CultureInfo.InvariantCulture)} {c.Unit}{(c.ClaimedBy is { } by ? " (" + by + ")" : "")}";

    private static ConflictSide Side(string claim, MentionRef m) => new(claim, m.Sentence, m.ArticleId, m.Outlet, m.Source);
}
