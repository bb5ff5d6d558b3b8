using Chronicle.Core.Contract;

namespace Chronicle.Core.Story;

/// <summary>Read-only projections of a <see cref="StoryState"/>: canonical events, commitments, duplicates.</summary>
public static class StoryView
{
    public static CanonicalEvent Canonical(EventCluster cluster, StoryState state)
    {
        var members = cluster.Members;
        // The most precise date stated in the text wins; the article's own date only as a last resort.
        var timed = members.Where(m => EventMatcher.TextTime(m) is not null)
            .OrderByDescending(m => m.Time!.Value.Length)
            .FirstOrDefault();
        var time = timed?.Time;
        var fromReport = false;
        if (time is null && ReportDay(members) is { } reportDay)
        {
            // The extractor falls back on the article's date only for news of the day told in the present
            // perfect in an article's opening ("Baghdad and Washington have agreed …"): the event happened on
            // or before that report, and the timeline says so rather than giving it as the event's date.
            time = new TimeValueDto(reportDay, "ON_OR_BEFORE");
            fromReport = true;
        }

        var groups = members.Select(m => m.Group).Distinct(StringComparer.Ordinal).Count();
        var earliest = members.Select(m => m.Mention.Published).Where(p => p is not null).Min(StringComparer.Ordinal);
        var first = members[0];
        return new CanonicalEvent(
            cluster.Id,
            first.Type,
            members.Select(m => m.Mode).FirstOrDefault(m => m is not null),
            time,
            first.Modality,
            first.Negated,
            ActorSets.Union(members.Select(m => m.Sources)),
            ActorSets.Union(members.Select(m => m.Targets)),
            members.Select(m => m.Place).FirstOrDefault(p => p is not null),
            [.. members.Select(m => m.Mention)],
            cluster.Reasons,
            groups,
            earliest,
            fromReport);
    }

    // The earliest report day among mentions dated only by their article.
    private static string? ReportDay(IReadOnlyList<EventMember> members) =>
        members.Where(m => m.TimeFromPublication && m.Time is { Value.Length: >= 10 })
            .Select(m => m.Time!.Value[..10])
            .Min(StringComparer.Ordinal);

    public static IEnumerable<CanonicalEvent> Events(StoryState state) => state.Events.Select(e => Canonical(e, state));

    public static IEnumerable<StoryCommitment> Commitments(StoryState state) => state.Commitments.Select(CommitmentHistory.Build);

    /// <summary>
    /// The commitments as known on <paramref name="asOf"/>: built only from reports dated on or before it,
    /// so a deadline moved later does not show before the report that moved it. Reports with no date are
    /// left out, since nobody can say whether they were known then.
    /// </summary>
    public static IEnumerable<CommitmentAsOf> Commitments(StoryState state, DateOnly asOf)
    {
        bool Known(MentionRef m) => Deadline.Day(m.Published) is { } d && d <= asOf;
        foreach (var cluster in state.Commitments)
        {
            var members = cluster.Members.Where(m => Known(m.Mention)).ToList();
            if (members.Count == 0)
            {
                yield return new CommitmentAsOf(CommitmentHistory.Build(cluster) with { History = [] },
                    asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "not yet reported", null, []);
                continue;
            }

            // Mentions stay complete (every outlet that ever reported it); the rest is as known then.
            var known = new CommitmentCluster { Id = cluster.Id, Members = members, Evidence = [.. cluster.Evidence.Where(e => Known(e.Mention))] };
            yield return CommitmentStatus.AsOf(CommitmentHistory.Build(known) with { Mentions = [.. cluster.Members.Select(m => m.Mention)] }, asOf);
        }
    }

    public static IEnumerable<DuplicateLink> Duplicates(StoryState state) =>
        state.Articles.Where(a => a.DuplicateOf is not null).Select(a => new DuplicateLink(a.Id, a.DuplicateOf!, a.Similarity));
}
