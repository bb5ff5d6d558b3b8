namespace Chronicle.Core.Story;

/// <summary>
/// The story's event mentions by the action they are about and by the actors they name, gathered once
/// for an added article, so that a new commitment is checked only against the events that name one of
/// its parties (the only ones <see cref="CommitmentEvidence.Bears"/> can accept), in story order.
/// </summary>
internal sealed class EarlierEvents
{
    private readonly Dictionary<string, Subject> _bySubject = new(StringComparer.Ordinal);

    public EarlierEvents(IEnumerable<EventCluster> clusters)
    {
        foreach (var e in clusters.SelectMany(c => c.Members))
        {
            if (!_bySubject.TryGetValue(e.Subject, out var subject))
            {
                _bySubject[e.Subject] = subject = new Subject();
            }

            foreach (var actor in e.Sources.Concat(e.Targets).Concat(e.Mentioned ?? []))
            {
                if (!subject.ByActor.TryGetValue(actor, out var positions))
                {
                    subject.ByActor[actor] = positions = [];
                }

                if (positions.Count == 0 || positions[^1] != subject.Events.Count)
                {
                    positions.Add(subject.Events.Count);
                }
            }

            subject.Events.Add(e);
        }
    }

    /// <summary>Events about <paramref name="action"/> that name any of <paramref name="who"/> (case-insensitive), in story order.</summary>
    public IEnumerable<EventMember> Naming(string action, IReadOnlyList<string> who)
    {
        if (!_bySubject.TryGetValue(action, out var subject))
        {
            return [];
        }

        var positions = new SortedSet<int>();
        foreach (var w in who)
        {
            if (subject.ByActor.TryGetValue(w, out var list))
            {
                positions.UnionWith(list);
            }
        }

        return positions.Select(p => subject.Events[p]);
    }

    private sealed class Subject
    {
        public List<EventMember> Events { get; } = [];

        public Dictionary<string, List<int>> ByActor { get; } = new(StringComparer.OrdinalIgnoreCase);
    }
}
