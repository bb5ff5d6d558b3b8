using System.Globalization;
using System.Text.Json;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Tests.Support;
using Xunit.Abstractions;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>
/// Every gold quote of ../shared/gold/seeds.json: found (a quote whose content contains the gold cue,
/// located in the text the current reader returns), with the right speaker (<see cref="SpeakerMatch"/>),
/// the right venue and the right chain when the gold states them.
/// </summary>
public sealed class SeedGoldTests(ITestOutputHelper output)
{
    /// <summary>What the stage reaches today; raise it when the stage improves, never lower it.</summary>
    private const double RecallFloor = 0.96;

    [Fact]
    public void Gold_quotes_are_found_with_speaker_venue_and_chain()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(RepoPaths.Gold));
        var reader = new ArticleReader(new ReadOptions());
        var pipeline = Pipeline.CreateDefault();
        int total = 0, found = 0, speakerRight = 0, allRight = 0, located = 0, systemOnGold = 0, systemRightOnGold = 0;
        foreach (var article in gold.RootElement.GetProperty("articles").EnumerateArray())
        {
            var file = Path.Combine(RepoPaths.Seeds, article.GetProperty("file").GetString()!);
            var docs = reader.ReadFile(file).Articles.Select(pipeline.Run).ToList();
            foreach (var q in article.GetProperty("quotes").EnumerateArray())
            {
                total++;
                var cue = q.GetProperty("cue").GetString()!;
                var speaker = q.GetProperty("speaker").GetString()!;
                var venue = q.TryGetProperty("venue", out var v) ? v.GetString() : null;
                var via = q.TryGetProperty("via", out var c) ? c.EnumerateArray().Select(x => x.GetString()!).ToList() : null;
                var candidates = new List<(AnnotatedArticle Doc, Quote Quote)>();
                foreach (var doc in docs)
                {
                    // A cue may occur twice (a pull quote repeats the body): every occurrence counts.
                    for (var at = doc.Text.IndexOf(cue, StringComparison.Ordinal); at >= 0; at = doc.Text.IndexOf(cue, at + 1, StringComparison.Ordinal))
                    {
                        located++;
                        var cueSpan = new TextSpan(at, at + cue.Length);
                        candidates.AddRange(doc.Quotes.Where(x => x.Span.Overlaps(cueSpan)).Select(x => (doc, x)));
                    }
                }

                systemOnGold += candidates.Count;
                var verdict = "missed";
                if (candidates.Count > 0)
                {
                    found++;
                    verdict = "wrong speaker";
                    var right = candidates.Where(x => SpeakerMatch.Matches(speaker, x.Quote.Speaker.Name, x.Quote.Speaker.Description, x.Quote.Speaker.Span?.Text(x.Doc.Text))).ToList();
                    systemRightOnGold += right.Count;
                    if (right.Count > 0)
                    {
                        speakerRight++;
                        verdict = "wrong venue/via";
                        if (right.Any(x => (venue is null || string.Equals(venue, x.Quote.Venue, StringComparison.OrdinalIgnoreCase))
                            && (via is null || via.SequenceEqual(x.Quote.Via, StringComparer.OrdinalIgnoreCase))))
                        {
                            allRight++;
                            verdict = "right";
                        }
                    }
                }

                var got = string.Join(" / ", candidates.Select(x => $"{x.Quote.Speaker.Name ?? x.Quote.Speaker.Description} venue={x.Quote.Venue} via=[{string.Join(",", x.Quote.Via)}]"));
                output.WriteLine($"{verdict,-16} {speaker} | {cue} | got: {got}");
            }
        }

        var recall = (double)allRight / total;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"seeds: {total} gold quotes, cue occurrences located {located}, found {found}, right speaker {speakerRight}, right speaker+venue+via {allRight}: recall {recall:0.000}; " +
            $"precision (system quotes over a gold cue with the right speaker) {(systemOnGold == 0 ? 0 : (double)systemRightOnGold / systemOnGold):0.000}"));
        Assert.True(recall >= RecallFloor, $"recall {recall:0.000} fell below {RecallFloor}");
    }
}
