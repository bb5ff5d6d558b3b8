namespace Chronicle.Core.Story;

/// <summary>
/// Assertion against denial: one report says an action happened, is planned or was agreed; another
/// denies it, refuses it or disputes it ("Washington said it does not intend to exit"; "the Pentagon
/// has no announcement to make over the pullout"; "we are not convinced by the American promises").
/// Each denial becomes one conflict: the assertions it contradicts (the closest first, at most
/// <see cref="PerSide"/> from the denial's article and as many from others, and the ones told nearest before and after the denial in its own article) and the denial itself, last.
/// </summary>
internal static class DenialConflicts
{
    /// <summary>
    /// How many assertions one denial is shown against, from its own article and from others: enough
    /// to see the disagreement, not every loose echo.
    /// </summary>
    public const int PerSide = 2;

    public static IEnumerable<Conflict> Find(StoryState state)
    {
        var events = state.Events.Select(c => Report(c, state)).ToList();
        var bySentence = events
            .SelectMany(r => r.Event.Mentions.Select(m => (Key: (m.ArticleId, m.Start), r.Event)))
            .ToLookup(x => x.Key, x => x.Event);

        // One conflict per sentence and subject: "not convinced by their promises; they will not keep
        // them" is one dispute, however many triggers it has.
        var denials = events.Where(r => IsDenial(r.Event, bySentence))
            .GroupBy(r => (r.Event.Mentions[0].ArticleId, r.Event.Mentions[0].Start, EventTypes.Subject(r.Event.Type, r.Event.Mode)))
            .Select(g => g.First());
        foreach (var denial in denials)
        {
            var about = EventTypes.Subject(denial.Event.Type, denial.Event.Mode);
            var objects = Objects(denial.Event, bySentence);
            var assertions = events
                .Where(r => r != denial && !DeniesSomething(r.Event)
                    && Asserts(r.Event, about, objects, bySentence)
                    && !ShareASentence(r.Event, denial.Event)
                    && ActorSets.Overlap(r.Parties, denial.Named)
                    && AtTheSameTime(r.Event, denial.Event, about))
                .ToList();
            if (assertions.Count == 0)
            {
                continue;
            }

            var shown = Shown(Ranked(assertions, denial, about).ToList(), denial);
            var d = denial.Event;
            yield return new Conflict("", "assertion-vs-denial", $"{about} involving {ActorSets.Show(denial.Parties.Count > 0 ? denial.Parties : denial.Named)}",
                [.. shown.Select(a => Side(Claim(a.Event), Showing(a.Event, objects, bySentence))), Side($"{d.Type}{(d.Mode is { } m ? "/" + m : "")} {d.Modality}", d.Mentions[0])]);
        }
    }

    /// <summary>
    /// A canonical event with its participants, and every actor its sentences name: a denial often names
    /// the party it speaks for only in passing ("a Pentagon official said Washington has no announcement").
    /// </summary>
    private sealed record Reported(CanonicalEvent Event, IReadOnlyList<string> Parties, IReadOnlyList<string> Named);

    private static Reported Report(EventCluster cluster, StoryState state)
    {
        var e = StoryView.Canonical(cluster, state);
        return new Reported(e, ActorSets.Union([e.Sources, e.Targets]), ActorSets.Union([e.Sources, e.Targets, .. cluster.Members.Select(m => m.Mentioned ?? [])]));
    }

    /// <summary>
    /// A rejection of another action (REJECT/retreat), or an action reported as denied or negated — but not
    /// a negation under a condition ("if the talks do not produce a deal"), which denies nothing.
    /// </summary>
    private static bool DeniesSomething(CanonicalEvent e) =>
        e.Modality is not ("conditional" or "hypothetical")
        && (e.Modality == "denied" || e.Negated || EventTypes.Subject(e.Type, e.Mode) != e.Type);

    /// <summary>
    /// A denial that speaks for itself. The object of a rejection or of a negated action ("rejected the
    /// outcomes of the negotiations": the negotiations; "did not agree to withdraw": the withdrawal) is
    /// marked denied without being negated itself; the rejection in its sentence is the denial, and
    /// counting the object as well would set a refusal of an outcome against the talks having taken place.
    /// </summary>
    private static bool IsDenial(CanonicalEvent e, ILookup<(string, int), CanonicalEvent> bySentence) =>
        DeniesSomething(e) && !IsObject(e, bySentence);

    private static bool IsObject(CanonicalEvent e, ILookup<(string, int), CanonicalEvent> bySentence) =>
        e.Type != "REJECT" && !e.Negated && e.Modality == "denied"
        && e.Mentions.Any(m => bySentence[(m.ArticleId, m.Start)].Any(o => o != e && (o.Type == "REJECT" || o.Negated)));

    /// <summary>
    /// What a rejection is about beyond its own type: the actions it governs in its sentence ("has not
    /// formally requested a withdrawal": a request, of a withdrawal). Empty when the sentence names none.
    /// </summary>
    private static HashSet<string> Objects(CanonicalEvent denial, ILookup<(string, int), CanonicalEvent> bySentence) =>
        [.. denial.Mentions.SelectMany(m => bySentence[(m.ArticleId, m.Start)]).Where(o => o != denial && IsObject(o, bySentence)).Select(o => o.Type)];

    /// <summary>
    /// Whether a report asserts the action a denial is about: the action itself, reported or planned
    /// (and when the denial names what was requested or agreed, a request or agreement of that: "called
    /// for the departure of the troops" against "has not requested a withdrawal"); a demand when what is
    /// denied is a request (a parliament "requiring the government to end the presence" of troops has
    /// requested their departure); an agreement whose sentence plans the action ("reached an agreement
    /// over the withdrawal").
    /// </summary>
    private static bool Asserts(CanonicalEvent e, string about, HashSet<string> objects, ILookup<(string, int), CanonicalEvent> bySentence)
    {
        if (e.Modality is "conditional" or "hypothetical")
        {
            return false; // "if the talks produce a deal", "could see troops remain": nothing asserted
        }

        var family = EventMatcher.ModalityFamily(e.Modality);
        IEnumerable<CanonicalEvent> Beside() => e.Mentions.SelectMany(m => bySentence[(m.ArticleId, m.Start)]).Where(o => o != e);
        if (e.Type == about && family is "factual" or "planned")
        {
            return objects.Count == 0 || Beside().Any(o => objects.Contains(o.Type));
        }

        if (about == "REQUEST" && e.Modality == "demanded")
        {
            return objects.Count == 0 || objects.Contains(e.Type);
        }

        return e.Type == "AGREE" && family == "factual"
            && Beside().Any(o => o.Type == about && EventMatcher.ModalityFamily(o.Modality) == "planned");
    }

    /// <summary>A sentence does not contradict itself ("not a new agreement, rather part of a deal reached earlier").</summary>
    private static bool ShareASentence(CanonicalEvent a, CanonicalEvent b) =>
        a.Mentions.Any(m => b.Mentions.Any(n => n.ArticleId == m.ArticleId && n.Start == m.Start));

    /// <summary>
    /// Reports about the same time. A request or an agreement stands once made, until reported
    /// otherwise: a denial that a withdrawal was ever requested ("has not formally requested") is
    /// contradicted by any earlier request, and doubt that a deal will be kept ("not convinced by their
    /// promises") by the deal made before it.
    /// </summary>
    private static bool AtTheSameTime(CanonicalEvent assertion, CanonicalEvent denial, string about) =>
        about is "REQUEST" or "AGREE"
            ? Around(assertion).Start <= Around(denial).End
            : Around(assertion).Overlaps(Around(denial));

    /// <summary>
    /// When an event took place, as far as the reports tell: its stated date, else the weeks before
    /// the earliest report of it. Reports far apart in time are not about the same event.
    /// </summary>
    internal static DateRange Around(CanonicalEvent e)
    {
        if (DateRange.TryParse(e.Time?.Value, out var stated))
        {
            return stated;
        }

        return Deadline.Day(e.EarliestReport) is { } day
            ? new DateRange(day.AddDays(-ConflictFinder.SameTimeDays), day)
            : new DateRange(DateOnly.MinValue, DateOnly.MaxValue);
    }

    /// <summary>
    /// The best-ranked assertions in the denial's own article and in other articles, <see cref="PerSide"/>
    /// of each, and the assertions told nearest before and after the denial in its own article.
    /// </summary>
    private static List<Reported> Shown(List<Reported> ranked, Reported denial)
    {
        var articles = denial.Event.Mentions.Select(m => m.ArticleId).ToHashSet(StringComparer.Ordinal);
        bool Same(Reported r) => r.Event.Mentions.Any(m => articles.Contains(m.ArticleId));
        var own = ranked.Where(Same).ToList();
        var shown = own.Take(PerSide).ToList();

        // The writer usually sets the claims a denial answers right beside it: the assertion told nearest
        // before the denial in its own article, and the nearest after it, are shown too, whatever their rank.
        foreach (var after in new[] { false, true })
        {
            var side = own.Where(r => Offset(r, denial, articles) is { } d && d > 0 == after);
            if (side.MinBy(r => Math.Abs(Offset(r, denial, articles)!.Value)) is { } nearest && !shown.Contains(nearest))
            {
                shown.Add(nearest);
            }
        }

        return [.. shown, .. ranked.Where(r => !Same(r)).Take(PerSide)];
    }

    /// <summary>
    /// Where the assertion's nearest mention in the denial's article lies from the denial, in characters
    /// (negative: before it); null when it has none there.
    /// </summary>
    private static int? Offset(Reported assertion, Reported denial, HashSet<string> articles)
    {
        int? best = null;
        foreach (var m in assertion.Event.Mentions)
        {
            if (!articles.Contains(m.ArticleId))
            {
                continue;
            }

            foreach (var d in denial.Event.Mentions)
            {
                if (d.ArticleId == m.ArticleId && (best is null || Math.Abs(m.Start - d.Start) < Math.Abs(best.Value)))
                {
                    best = m.Start - d.Start;
                }
            }
        }

        return best;
    }

    /// <summary>
    /// The assertions most likely denied first: the same party acting, then a report that it happened (a
    /// fact denied is a sharper conflict than a plan denied; a demand made is a request that happened), then one told as fact over one the report itself
    /// doubts ("skeptical of reports that a deal was reached"), then a report that dates it (a specific claim), then more shared actors, then the nearest in time.
    /// </summary>
    private static IEnumerable<Reported> Ranked(IEnumerable<Reported> assertions, Reported denial, string about)
    {
        var target = Around(denial.Event);
        return assertions
            .OrderByDescending(a => ActorSets.Overlap(a.Event.Sources, denial.Event.Sources))
            .ThenByDescending(a => EventMatcher.ModalityFamily(a.Event.Modality) == "factual" || (about == "REQUEST" && a.Event.Modality == "demanded"))
            .ThenByDescending(a => a.Event.Modality != "reported-unconfirmed")
            .ThenByDescending(a => DateRange.TryParse(a.Event.Time?.Value, out _))
            .ThenByDescending(a => a.Parties.Count(p => denial.Named.Contains(p, StringComparer.OrdinalIgnoreCase)))
            .ThenBy(a => Math.Abs(Around(a.Event).Start.DayNumber - target.Start.DayNumber))
            .ThenBy(a => a.Event.Id, StringComparer.Ordinal);
    }

    /// <summary>The mention that shows the assertion best: one whose sentence names what the denial is about, else the first.</summary>
    private static MentionRef Showing(CanonicalEvent e, HashSet<string> objects, ILookup<(string, int), CanonicalEvent> bySentence) =>
        e.Mentions.FirstOrDefault(m => objects.Count > 0 && bySentence[(m.ArticleId, m.Start)].Any(o => o != e && objects.Contains(o.Type))) ?? e.Mentions[0];

    private static string Claim(CanonicalEvent e) => $"{e.Type} {e.Modality}";

    private static ConflictSide Side(string claim, MentionRef m) => new(claim, m.Sentence, m.ArticleId, m.Outlet, m.Source);
}
