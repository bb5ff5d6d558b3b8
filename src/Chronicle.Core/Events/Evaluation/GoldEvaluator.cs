using Chronicle.Core.Contract;

namespace Chronicle.Core.Events.Evaluation;

/// <summary>
/// Compares extracted events, claims and commitments (contract form) with a gold article. An event
/// is found when an extracted event's trigger overlaps the gold cue and its type is one the gold
/// accepts; a claim when its span overlaps the cue and the quantity is equal; a commitment when its
/// span overlaps the cue and the action agrees. The other attributes are scored on found items.
/// </summary>
public static class GoldEvaluator
{
    /// <param name="sameActor">Name → curated actor id (null when unknown); lets a gold name match our canonical name of the same actor.</param>
    public static void Evaluate(GoldArticle gold, ArticleDto doc, EvalReport into, Func<string, string?>? sameActor = null)
    {
        var text = doc.Text;
        var sentences = doc.Sentences;
        var eventSentences = new HashSet<int>();
        var matchedEvents = new HashSet<EventDto>(ReferenceEqualityComparer.Instance);
        foreach (var g in gold.Events)
        {
            var at = GoldMatching.Locate(text, g.Cue);
            if (at is null)
            {
                into.Events.AddGold(new ItemResult("event", gold.File, g.Cue, false, Empty, "cue not in the clean text"));
                continue;
            }

            eventSentences.Add(SentenceOf(sentences, at.Value.Start));
            var candidates = doc.Events.Where(e => e.Trigger.Start < at.Value.End && at.Value.Start < e.Trigger.End && g.Types.Contains(e.Type)).ToList();
            var best = candidates.OrderByDescending(e => EventAttributes(g, e, gold, sameActor).Count(a => a.Value)).FirstOrDefault();
            if (best is not null)
            {
                matchedEvents.Add(best);
            }

            into.Events.AddGold(new ItemResult("event", gold.File, g.Cue, best is not null, best is null ? Empty : EventAttributes(g, best, gold, sameActor),
                best is null ? Describe(doc.Events.Where(e => e.Start <= at.Value.Start && at.Value.Start < e.End)) : null));
        }

        foreach (var e in doc.Events.Where(e => eventSentences.Contains(SentenceOf(sentences, e.Trigger.Start))))
        {
            into.Events.AddExtracted(matchedEvents.Contains(e));
            if (!matchedEvents.Contains(e))
            {
                into.Unmatched.Add($"{Path.GetFileNameWithoutExtension(gold.File)} {e.Type}/{e.Modality} '{e.Trigger.Text}' {e.Text[..Math.Min(60, e.Text.Length)]}");
            }
        }

        EvaluateClaims(gold, doc, into);
        EvaluateCommitments(gold, doc, into, sameActor);
    }

    private static readonly IReadOnlyDictionary<string, bool> Empty = new Dictionary<string, bool>();

    private static Dictionary<string, bool> EventAttributes(GoldEvent g, EventDto e, GoldArticle gold, Func<string, string?>? sameActor)
    {
        var result = new Dictionary<string, bool>(StringComparer.Ordinal)
        {
            ["sources"] = GoldMatching.AllNamed(g.Sources, e.Sources, gold.Actors, sameActor),
            ["targets"] = GoldMatching.AllNamed(g.Targets, e.Targets, gold.Actors, sameActor),
        };
        if (g.Modality is { } modality)
        {
            result["modality"] = GoldMatching.ModalityMatches(modality, e.Modality);
        }

        if (g.Dates is { } dates)
        {
            result["date"] = GoldMatching.DateMatches(dates, e.Time);
        }

        if (g.Place is { } place)
        {
            result["place"] = GoldMatching.PlaceMatches(place, e.Place);
        }

        if (g.Mode is { } mode)
        {
            result["mode"] = string.Equals(mode, e.Mode, StringComparison.OrdinalIgnoreCase);
        }

        return result;
    }

    private static void EvaluateClaims(GoldArticle gold, ArticleDto doc, EvalReport into)
    {
        var sentencesWithGold = new HashSet<int>();
        var matched = new HashSet<ClaimDto>(ReferenceEqualityComparer.Instance);
        foreach (var g in gold.Claims)
        {
            var at = GoldMatching.Locate(doc.Text, g.Cue);
            if (at is null)
            {
                into.Claims.AddGold(new ItemResult("claim", gold.File, g.Cue, false, Empty, "cue not in the clean text"));
                continue;
            }

            sentencesWithGold.Add(SentenceOf(doc.Sentences, at.Value.Start));
            var best = doc.Claims.FirstOrDefault(c => c.Start < at.Value.End && at.Value.Start < c.End && c.Quantity == g.Quantity);
            var attributes = new Dictionary<string, bool>(StringComparer.Ordinal);
            if (best is not null)
            {
                matched.Add(best);
                attributes["unit"] = GoldMatching.UnitMatches(g.Unit, best.Unit);
                if (g.Approx is { } approx)
                {
                    attributes["approx"] = approx == best.Approx;
                }

                if (g.Place is { } place)
                {
                    attributes["place"] = GoldMatching.PlaceMatches(place, best.Place);
                }
            }

            into.Claims.AddGold(new ItemResult("claim", gold.File, g.Cue, best is not null, attributes));
        }

        foreach (var c in doc.Claims.Where(c => sentencesWithGold.Contains(SentenceOf(doc.Sentences, c.Start))))
        {
            into.Claims.AddExtracted(matched.Contains(c));
        }
    }

    private static void EvaluateCommitments(GoldArticle gold, ArticleDto doc, EvalReport into, Func<string, string?>? sameActor)
    {
        var sentencesWithGold = new HashSet<int>();
        var matched = new HashSet<CommitmentDto>(ReferenceEqualityComparer.Instance);
        foreach (var g in gold.Commitments)
        {
            var at = GoldMatching.Locate(doc.Text, g.Cue);
            if (at is null)
            {
                into.Commitments.AddGold(new ItemResult("commitment", gold.File, g.Cue, false, Empty, "cue not in the clean text"));
                continue;
            }

            sentencesWithGold.Add(SentenceOf(doc.Sentences, at.Value.Start));
            var best = doc.Commitments.FirstOrDefault(c => c.Start < at.Value.End && at.Value.Start < c.End && c.Action == g.Action);
            var attributes = new Dictionary<string, bool>(StringComparer.Ordinal);
            if (best is not null)
            {
                matched.Add(best);
                attributes["who"] = GoldMatching.AllNamed(g.Who, best.Who, gold.Actors, sameActor);
                if (g.DeadlineChecked)
                {
                    attributes["deadline"] = GoldMatching.DeadlineMatches(g.Deadline, best.Deadline);
                }

                if (g.Phases is { } phases)
                {
                    attributes["phases"] = phases.Count == best.Phases.Count
                        && phases.Zip(best.Phases).All(p => GoldMatching.DeadlineMatches(p.First.Deadline, p.Second.Deadline));
                }

                if (g.Conditions is { Count: > 0 } conditions)
                {
                    attributes["conditions"] = conditions.All(c => GoldMatching.ConditionMatches(c, best.Conditions));
                }

                if (g.State is { } state)
                {
                    attributes["state"] = GoldMatching.StateMatches(state, best.State);
                }
            }

            into.Commitments.AddGold(new ItemResult("commitment", gold.File, g.Cue, best is not null, attributes));
        }

        foreach (var c in doc.Commitments.Where(c => sentencesWithGold.Contains(SentenceOf(doc.Sentences, c.Start))))
        {
            into.Commitments.AddExtracted(matched.Contains(c));
        }
    }

    private static int SentenceOf(IReadOnlyList<SentenceDto> sentences, int offset)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            if (sentences[i].Start <= offset && offset < sentences[i].End)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Describe(IEnumerable<EventDto> events)
    {
        var list = events.Select(e => $"{e.Type}:{e.Trigger.Text}").ToList();
        return list.Count == 0 ? "no event in the sentence" : "sentence has " + string.Join(", ", list);
    }
}
