using System.Text.RegularExpressions;
using Chronicle.Core.Contract;

namespace Chronicle.Core.Story;

/// <summary>
/// Builds a commitment's history: each report's state in date order, revisions (a later report giving
/// another deadline for the same phase), and events that fulfil or dispute it.
/// </summary>
public static partial class CommitmentHistory
{
    public static StoryCommitment Build(CommitmentCluster cluster)
    {
        var members = cluster.Members.OrderBy(m => m.Mention.Published ?? "9999", StringComparer.Ordinal).ToList();
        var history = new List<HistoryEntry>();
        List<StoryPhase>? phases = null;
        foreach (var m in members)
        {
            var current = PhasesOf(m);
            if (phases is null)
            {
                phases = [.. current];
            }
            else
            {
                var changes = new List<string>();
                foreach (var (index, phase) in Align(phases, current, m.Mention.Sentence))
                {
                    if (phases[index].Deadline?.Value is { } was && phase.Deadline?.Value is { } now && was != now)
                    {
                        changes.Add($"phase {index + 1}: {Deadline.Show(phases[index].Deadline)} → {Deadline.Show(phase.Deadline)}");
                    }

                    // The latest report's deadline rules; the earlier one stays in the history and the conflicts.
                    phases[index] = phases[index] with { Deadline = phase.Deadline ?? phases[index].Deadline };
                }

                if (changes.Count > 0 && m.State != "revised")
                {
                    history.Add(Entry("revised", m.Mention, string.Join("; ", changes)));
                }
            }

            history.Add(Entry(m.State, m.Mention, null));
        }

        phases ??= [];
        foreach (var e in cluster.Evidence.OrderBy(e => e.Mention.Published ?? "9999", StringComparer.Ordinal))
        {
            history.Add(EvidenceEntry(e, phases, history));
        }

        // Stable: on one day a revision stays before the report that made it.
        history = [.. history.OrderBy(h => h.Date ?? "9999", StringComparer.Ordinal)];
        var first = members[0];
        return new StoryCommitment(
            cluster.Id,
            ActorSets.Union(members.Select(m => m.Who)),
            first.Action,
            first.What,
            phases,
            [.. members.SelectMany(m => m.Conditions).Distinct(StringComparer.OrdinalIgnoreCase)],
            history,
            [.. cluster.Members.Select(m => m.Mention)]);
    }

    /// <summary>
    /// Which phase of the plan each phase of a later report is about. Reports with as many phases as
    /// the plan align one to one; a report with fewer phases is about the last phase when it says so
    /// ("the remaining troops", "the final stage"), else about the phase with the nearest deadline.
    /// </summary>
    public static IEnumerable<(int Index, StoryPhase Phase)> Align(IReadOnlyList<StoryPhase> plan, IReadOnlyList<StoryPhase> report, string sentence)
    {
        if (plan.Count == 0)
        {
            yield break;
        }

        if (report.Count >= plan.Count)
        {
            for (var i = 0; i < plan.Count; i++)
            {
                yield return (i, report[i]);
            }

            yield break;
        }

        for (var j = 0; j < report.Count; j++)
        {
            var index = report.Count == 1 && Final().IsMatch(report[j].What + " " + sentence) ? plan.Count - 1 : Nearest(plan, report[j]);
            yield return (index, report[j]);
        }
    }

    private static int Nearest(IReadOnlyList<StoryPhase> plan, StoryPhase phase)
    {
        if (Deadline.Due(phase.Deadline) is not { } due)
        {
            return 0;
        }

        var best = 0;
        var bestDistance = int.MaxValue;
        for (var i = 0; i < plan.Count; i++)
        {
            if (Deadline.Due(plan[i].Deadline) is { } d && Math.Abs(d.DayNumber - due.DayNumber) < bestDistance)
            {
                bestDistance = Math.Abs(d.DayNumber - due.DayNumber);
                best = i;
            }
        }

        return best;
    }

    /// <summary>The phases a report gives; a single deadline is a one-phase plan.</summary>
    public static IReadOnlyList<StoryPhase> PhasesOf(CommitmentMember m) =>
        m.Phases.Count > 0 ? [.. m.Phases.Select(p => new StoryPhase(p.What, p.Deadline))]
        : m.Deadline is not null ? [new StoryPhase(m.What, m.Deadline)]
        : [];

    private static HistoryEntry EvidenceEntry(EventMember e, IReadOnlyList<StoryPhase> phases, List<HistoryEntry> history)
    {
        if (e.Modality == "denied" || e.Negated)
        {
            return Entry("disputed", e.Mention, "reported as not happening");
        }

        if (!Completion().IsMatch(e.Mention.Sentence))
        {
            return Entry("in progress", e.Mention, null);
        }

        var metSoFar = history.Count(h => h.State == "met");
        var phase = Final().IsMatch(e.Mention.Sentence) ? phases.Count : Math.Min(metSoFar + 1, Math.Max(phases.Count, 1));
        var detail = $"phase {phase}";
        if (phase >= 1 && phase <= phases.Count && Deadline.Due(phases[phase - 1].Deadline) is { } due
            && Deadline.Day(e.Mention.Published) is { } reported && reported > due)
        {
            detail += $" completed after its deadline ({Deadline.Show(phases[phase - 1].Deadline)})";
        }

        return Entry("met", e.Mention, detail);
    }

    private static HistoryEntry Entry(string state, MentionRef m, string? detail) =>
        new(state, m.Published, m.ArticleId, m.Outlet, m.Sentence, detail);

    // Wording that reports an action as finished rather than under way.
    [GeneratedRegex(@"\b(completed?|finished|concluded|wrapped up|fully|handed over)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Completion();

    // Wording that points at the last phase of a plan.
    [GeneratedRegex(@"\b(last|final|remaining|remainder|all (?:of )?the(?:ir)?)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 200)]
    private static partial Regex Final();
}
