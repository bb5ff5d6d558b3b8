using System.Globalization;
using Chronicle.Core.Contract;
using Chronicle.Core.Model;

namespace Chronicle.Core.Story;

/// <summary>
/// Adds one annotated article to the story: links it to an earlier near-duplicate, merges its event
/// mentions into canonical events, its commitments into tracked commitments, and files its claims.
/// Only the new article is processed; nothing already in the state is recomputed.
/// </summary>
public static class StoryUpdater
{
    /// <summary>Estimated word-shingle overlap above which two articles are copies of one text.</summary>
    public const double DuplicateThreshold = 0.6;

    public static void Add(StoryState state, ArticleDto article)
    {
        if (state.ArticlePositions.ContainsKey(article.Id))
        {
            return; // already in the story: adding is idempotent
        }

        if (state.IndexVersion != StoryIndex.Version)
        {
            StoryIndex.Rebuild(state);
        }

        var fingerprint = Fingerprint(state, article);
        state.ArticlePositions[article.Id] = state.Articles.Count;
        state.Articles.Add(fingerprint);
        var group = fingerprint.DuplicateOf ?? article.Id;
        var spans = new Spans(new SpanIndex(article.Sentences.Select(s => new TextSpan(s.Start, s.End))), new SpanIndex(article.Actors.Select(m => new TextSpan(m.Start, m.End))));

        // Where this article's events went, by sentence and type: a second event of a type in a sentence is
        // checked against the first's cluster (a stored article is never added again, so only these can clash).
        var filed = new Filed();
        var facts = new Dictionary<EventCluster, EventMatcher.ClusterFacts>(ReferenceEqualityComparer.Instance);
        foreach (var e in article.Events)
        {
            AddEvent(state, Member(article, spans, e, group), filed, facts);
        }

        // The story's event mentions by action and actor, gathered once for all of this article's commitments.
        var earlierEvents = new Lazy<EarlierEvents>(() => new EarlierEvents(state.Events));
        var wordings = new CommitmentMatcher.Wordings();
        foreach (var c in article.Commitments)
        {
            AddCommitment(state, Member(article, spans, c), earlierEvents, wordings);
        }

        foreach (var c in article.Claims)
        {
            state.Claims.Add(new ClaimMember(Ref(article, spans, c.Start, c.End, c.Text), c.Quantity, c.Approx, c.Vague, c.Unit, c.About, c.Place, c.Time, c.ClaimedBy, group));
        }
    }

    private static ArticleFingerprint Fingerprint(StoryState state, ArticleDto article)
    {
        var signature = MinHash.Signature(article.Text);
        var keys = MinHash.BandKeys(signature).ToList();
        var candidates = keys.SelectMany(k => state.Buckets.TryGetValue(k, out var ids) ? ids : []).Distinct(StringComparer.Ordinal);
        string? duplicateOf = null;
        var best = 0.0;
        foreach (var id in candidates)
        {
            var other = state.Articles[state.ArticlePositions[id]];
            var similarity = MinHash.Similarity(signature, other.Signature);
            if (similarity >= DuplicateThreshold && similarity > best)
            {
                best = similarity;
                duplicateOf = other.DuplicateOf ?? other.Id;
            }
        }

        foreach (var key in keys)
        {
            if (!state.Buckets.TryGetValue(key, out var ids))
            {
                state.Buckets[key] = ids = [];
            }

            ids.Add(article.Id);
        }

        return new ArticleFingerprint(article.Id, article.Outlet, article.Published.Value, signature, duplicateOf, best);
    }

    private static void AddEvent(StoryState state, EventMember member, Filed filed, Dictionary<EventCluster, EventMatcher.ClusterFacts> facts)
    {
        // Two events of one type in one sentence that share an actor are one event told twice ("the attack …
        // the strike"): met in creation order, the first one's cluster keeps the second.
        var siblings = SiblingsSharingAnActor(state, member, filed, facts);
        var matchable = EventMatcher.CanMatch(member);
        if (!matchable && siblings.Count == 0)
        {
            // No cluster can take it: skip the candidate scan.
            NewCluster(state, member, filed, facts);
            return;
        }

        var candidates = StoryIndex.Lookup(state.EventKeys, StoryIndex.LookupKeys(member));
        foreach (var position in siblings.Count == 0 ? candidates : candidates.Union(siblings).Order())
        {
            if (siblings.Contains(position))
            {
                return;
            }

            var cluster = state.Events[position];
            if (matchable && EventMatcher.Match(cluster, member, FactsOf(facts, cluster)) is { } reason)
            {
                filed.Add(position, member);
                cluster.Members.Add(member);
                cluster.Reasons.Add(reason);
                Index(state, facts, cluster, position);
                return;
            }
        }

        NewCluster(state, member, filed, facts);
    }

    private static HashSet<int> SiblingsSharingAnActor(StoryState state, EventMember member, Filed filed, Dictionary<EventCluster, EventMatcher.ClusterFacts> facts)
    {
        var found = new HashSet<int>();
        foreach (var position in filed.Siblings(member))
        {
            var sibling = FactsOf(facts, state.Events[position]);
            sibling.CatchUp(state.Events[position]);
            if (ActorSets.Overlap(sibling.Sources, member.Sources) || ActorSets.Overlap(sibling.Sources, member.Targets)
                || ActorSets.Overlap(sibling.Targets, member.Sources) || ActorSets.Overlap(sibling.Targets, member.Targets))
            {
                found.Add(position);
            }
        }

        return found;
    }

    /// <summary>Files the cluster under the keys of what it now holds (its facts caught up with its members first).</summary>
    private static void Index(StoryState state, Dictionary<EventCluster, EventMatcher.ClusterFacts> facts, EventCluster cluster, int position)
    {
        var known = FactsOf(facts, cluster);
        known.CatchUp(cluster);
        StoryIndex.RegisterCluster(state.EventKeys, cluster.Members[0].Type, known, position);
    }

    private static EventMatcher.ClusterFacts FactsOf(Dictionary<EventCluster, EventMatcher.ClusterFacts> facts, EventCluster cluster)
    {
        if (!facts.TryGetValue(cluster, out var known))
        {
            facts[cluster] = known = new EventMatcher.ClusterFacts();
        }

        return known;
    }

    private static void NewCluster(StoryState state, EventMember member, Filed filed, Dictionary<EventCluster, EventMatcher.ClusterFacts> facts)
    {
        var created = state.Events.Count;
        var cluster = new EventCluster { Id = "E" + (state.NextEventId++).ToString(CultureInfo.InvariantCulture), Members = [member] };
        state.Events.Add(cluster);
        filed.Add(created, member);
        Index(state, facts, cluster, created);

        // A new factual withdrawal (or a denial of one) is evidence for the commitments it may fulfil.
        var parties = member.Sources.Concat(member.Targets).Concat(member.Mentioned ?? []);
        foreach (var position in StoryIndex.Lookup(state.CommitmentKeys, StoryIndex.CommitmentKeys(member.Subject, parties, forLookup: true)))
        {
            var commitment = state.Commitments[position];
            if (CommitmentEvidence.Bears(commitment, member))
            {
                commitment.Evidence.Add(member);
            }
        }
    }

    private static void AddCommitment(StoryState state, CommitmentMember member, Lazy<EarlierEvents> earlierEvents, CommitmentMatcher.Wordings wordings)
    {
        var keys = StoryIndex.CommitmentKeys(member.Action, member.Who, forLookup: false).ToList();
        var position = StoryIndex.Lookup(state.CommitmentKeys, StoryIndex.CommitmentKeys(member.Action, member.Who, forLookup: true))
            .Cast<int?>()
            .FirstOrDefault(p => CommitmentMatcher.Matches(state.Commitments[p!.Value], member, wordings));
        if (position is { } found)
        {
            state.Commitments[found].Members.Add(member);

            // The sentence that restates the commitment is no evidence of its fulfilment ("wanted the process completed").
            state.Commitments[found].Evidence.RemoveAll(e => e.Mention.ArticleId == member.Mention.ArticleId && e.Mention.Start == member.Mention.Start);
            StoryIndex.Register(state.CommitmentKeys, keys, found);
            return;
        }

        var cluster = new CommitmentCluster { Id = "C" + (state.NextCommitmentId++).ToString(CultureInfo.InvariantCulture) };
        cluster.Members.Add(member);
        StoryIndex.Register(state.CommitmentKeys, keys, state.Commitments.Count);
        state.Commitments.Add(cluster);

        // Events already seen may report on a commitment first mentioned now (articles arrive out of order).
        // Only events naming a committed party can bear on it.
        var earlier = earlierEvents.Value.Naming(member.Action, ActorSets.Union(cluster.Members.Select(m => m.Who)));
        cluster.Evidence.AddRange(earlier.Where(e => CommitmentEvidence.Bears(cluster, e)));
    }

    private static EventMember Member(ArticleDto a, Spans spans, EventDto e, string group) =>
        new(Ref(a, spans, e.Start, e.End, e.Text), e.Type, e.Mode, e.Time, e.TimeFromPublication, e.Modality, e.Negated, e.Sources, e.Targets, e.Place, group,
            [.. spans.Actors.Within(new TextSpan(e.Start, e.End)).Select(i => a.Actors[i].Name).Distinct(StringComparer.OrdinalIgnoreCase)]);

    private static CommitmentMember Member(ArticleDto a, Spans spans, CommitmentDto c) =>
        new(Ref(a, spans, c.Start, c.End, c.Text), c.Who, c.Action, c.What, c.Deadline, c.Phases, c.Conditions, c.State, c.ClaimedBy);

    private static MentionRef Ref(ArticleDto a, Spans spans, int start, int end, string text)
    {
        // Quote the whole sentence the item sits in, so every story item can be read in context.
        var sentence = spans.Sentences.Containing(new TextSpan(start, end)) is [var first, ..] ? a.Sentences[first] : null;
        var shown = sentence is null ? text : a.Text[sentence.Start..Math.Max(sentence.End, Math.Min(end, a.Text.Length))];
        return new MentionRef(a.Id, a.Outlet, a.Url ?? a.Source, shown, start, end, a.Published.Value);
    }

    /// <summary>The clusters this article's events went to, by sentence start and type.</summary>
    private sealed class Filed
    {
        private readonly Dictionary<(int Start, string Type), List<int>> _at = [];

        public void Add(int position, EventMember m)
        {
            if (!_at.TryGetValue((m.Mention.Start, m.Type), out var positions))
            {
                _at[(m.Mention.Start, m.Type)] = positions = [];
            }

            positions.Add(position);
        }

        /// <summary>The clusters holding this article's events of the member's type told in the member's sentence.</summary>
        public IReadOnlyList<int> Siblings(EventMember m) => _at.TryGetValue((m.Mention.Start, m.Type), out var positions) ? positions : [];
    }

    /// <summary>The article's sentences and actor mentions, indexed once for all its items.</summary>
    private sealed record Spans(SpanIndex Sentences, SpanIndex Actors);
}
