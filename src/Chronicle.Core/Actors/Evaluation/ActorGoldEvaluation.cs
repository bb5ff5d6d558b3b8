using System.Text.Json;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Evaluation;

/// <summary>
/// Scores the actors stage on ../shared/gold/seeds.json: each gold article's body (from its
/// <c>bodyStarts</c> to its <c>bodyEnds</c> in the seed file) is run with the gold publication date,
/// and every occurrence of every gold form in the body (whole words, case-sensitive) is checked:
/// does a mention over it resolve to the gold actor? Gold names map to curated actors by name or alias.
/// </summary>
public static class ActorGoldEvaluation
{
    public static ActorEvalReport Run(string goldPath, string seedsDir, ActorRecognizer recognizer)
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(goldPath));
        var catalog = recognizer.Catalog;
        var occurrences = new List<OccurrenceResult>();
        var unmapped = new List<string>();
        int actors = 0, actorsResolved = 0, forms = 0, formsFound = 0;
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = article.GetProperty("file").GetString()!;
            var part = article.TryGetProperty("part", out var p) ? p.GetInt32() : 1;
            var raw = File.ReadAllText(Path.Combine(seedsDir, file));
            var body = Body(raw, article);
            var published = Published(article);
            var mentions = recognizer.Recognize(body, published);
            foreach (var actor in article.GetProperty("actors").EnumerateArray())
            {
                var name = actor.GetProperty("name").GetString()!;
                var expected = catalog.Find(name);
                actors++;
                if (expected is null)
                {
                    unmapped.Add(name);
                }

                var allFound = true;
                foreach (var form in actor.GetProperty("forms").EnumerateArray().Select(f => f.GetString()!))
                {
                    forms++;
                    var found = false;
                    foreach (var start in Occurrences(body, form))
                    {
                        var outcome = Judge(catalog, mentions, new TextSpan(start, start + form.Length), expected, out var got);
                        found |= outcome is OccurrenceOutcome.Correct or OccurrenceOutcome.CorrectAsPlace;
                        occurrences.Add(new OccurrenceResult(file, part, name, form, start, outcome, got));
                    }

                    formsFound += found ? 1 : 0;
                    allFound &= found;
                }

                actorsResolved += allFound ? 1 : 0;
            }
        }

        return new ActorEvalReport(occurrences, actors, actorsResolved, forms, formsFound, unmapped);
    }

    private static OccurrenceOutcome Judge(ActorCatalog catalog, IReadOnlyList<ActorMention> mentions, TextSpan form, ActorDefinition? expected, out string? got)
    {
        var over = mentions.Where(m => m.Span.Overlaps(form)).ToList();
        got = over.Count > 0 ? string.Join(", ", over.Select(m => m.ActorId)) : null;
        if (expected is not null && over.Any(m => m.ActorId == expected.Id))
        {
            return OccurrenceOutcome.Correct;
        }

        if (expected is not null && over.Any(m => catalog.Find(m.ActorId)?.StandsFor == expected.Id))
        {
            return OccurrenceOutcome.CorrectAsPlace;
        }

        if (over.Any(m => m.Span.Contains(form) && m.Span.Length > form.Length))
        {
            return OccurrenceOutcome.Nested;
        }

        return over.Count > 0 ? OccurrenceOutcome.Wrong : OccurrenceOutcome.Missed;
    }

    /// <summary>Whole-word, case-sensitive occurrences of <paramref name="form"/>.</summary>
    public static IEnumerable<int> Occurrences(string text, string form)
    {
        var from = 0;
        while ((from = text.IndexOf(form, from, StringComparison.Ordinal)) >= 0)
        {
            var end = from + form.Length;
            var wordStart = from == 0 || !char.IsLetterOrDigit(text[from - 1]);
            var wordEnd = end >= text.Length || !char.IsLetterOrDigit(text[end]);
            if (wordStart && wordEnd)
            {
                yield return from;
            }

            from = end;
        }
    }

    private static string Body(string raw, JsonElement article)
    {
        var starts = article.GetProperty("bodyStarts").GetString()!;
        var ends = article.GetProperty("bodyEnds").GetString()!;
        var s = raw.IndexOf(starts, StringComparison.Ordinal);
        var e = s < 0 ? -1 : raw.IndexOf(ends, s, StringComparison.Ordinal);
        if (s < 0 || e < 0)
        {
            throw new InvalidDataException($"gold body markers of {article.GetProperty("file").GetString()} not found in the seed file");
        }

        return raw[s..(e + ends.Length)];
    }

    private static PublicationTime Published(JsonElement article)
    {
        var actual = article.GetProperty("published").GetProperty("actual").GetString();
        return actual is not null && GivenDate.TryParse(actual, out var published, out _) ? published : PublicationTime.Unknown;
    }
}
