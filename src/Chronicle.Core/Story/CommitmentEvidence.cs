namespace Chronicle.Core.Story;

/// <summary>
/// Which events bear on a commitment: mentions of the committed action (same PLOVER type) by a
/// committed party, or naming the same place, reported as having happened or as denied, after the
/// commitment was made (by report and by the event's own date).
/// </summary>
public static class CommitmentEvidence
{
    public static bool Bears(CommitmentCluster commitment, EventMember e)
    {
        var first = commitment.Members[0];
        if (!string.Equals(first.Action, e.Subject, StringComparison.Ordinal))
        {
            return false;
        }

        if (EventMatcher.ModalityFamily(e.Modality) is not ("factual" or "denied") && !e.Negated)
        {
            return false;
        }

        // An event reported before the commitment existed cannot fulfil it.
        var made = commitment.Members.Select(m => m.Mention.Published).Where(p => p is not null).Min(StringComparer.Ordinal);
        if (made is not null && e.Mention.Published is { } reported && string.CompareOrdinal(reported, made) < 0)
        {
            return false;
        }

        // Nor can one that, by its own date, happened before the commitment was made ("the group decided last week to
        // dissolve; the handover of weapons is to start within three months").
        if (Deadline.Day(made) is { } madeOn && e.Time?.Value is { } when && DateRange.TryParse(when, out var happened) && happened.End < madeOn)
        {
            return false;
        }

        if (commitment.Members.Any(m => m.Mention.ArticleId == e.Mention.ArticleId && m.Mention.Start == e.Mention.Start))
        {
            return false; // the commitment's own sentence is not evidence of its fulfilment
        }

        var who = ActorSets.Union(commitment.Members.Select(m => m.Who));
        // The committed party acting, or being said (by anyone, in a sentence that names it) not to act.
        var disputes = e.Modality == "denied" || e.Negated;
        return (!disputes && e.Type == first.Action && ActorSets.Overlap(who, e.Sources))
            || (disputes && ActorSets.Overlap(who, ActorSets.Union([e.Sources, e.Targets, e.Mentioned ?? []])));
    }
}
