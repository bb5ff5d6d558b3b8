using Chronicle.Core.Cleaning;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Cleaning;

/// <summary>
/// Random pages assembled from every kind of line (our own), through the cleaner: whatever the order,
/// the output keeps its invariants. Seeded, so a failure reproduces.
/// </summary>
public sealed class CleanerInvariantTests
{
    private static readonly string[] Pool =
    [
        "The harbour authority said on Monday that the northern quay would reopen to container ships next month.",
        "Dock workers ended a three-week strike after the port agreed to raise night-shift pay by 8 percent.",
        "\"We are ready to load ships again,\" a crane operator said on Tuesday morning at the gate.",
        "Talks go on this week.",
        "Harbour reopens after strike",
        "Harbour reopens after strike – Coast Gazette",
        "Ferry fares rise again for families",
        "  • Politics",
        "- Ferry line opens - Coast Gazette - May 2nd, 2025 [May 2nd, 2025]",
        "- crane operator",
        "'We are ready to load ships again.'",
        "Related News",
        "BREAKING",
        "Most Read",
        "See the original post:",
        "Skip to content",
        "  • By Jane Harbour",
        "  • 3 Mar 2023 08:15",
        "4 Min Read",
        "Workers wave from a crane on the northern quay (Coast Gazette)",
        "Jane Harbour/Coast Gazette",
        "The new ferry line between the two towns carried its first passengers on…",
        "Coast Gazette",
        "",
        "",
        "***",
    ];

    [Fact]
    public void Random_pages_keep_the_cleaners_invariants()
    {
        var random = new Random(20261123);
        var cleaner = new ArticleCleaner();
        for (var run = 0; run < 2000; run++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 40)).Select(_ => Pool[random.Next(Pool.Length)]).ToList();
            var page = string.Join('\n', lines);
            // Hard-wrapped pages are unwrapped: a paragraph may join consecutive input lines.
            var flat = PageLayout.Normalize(page.Replace('\n', ' '));

            var articles = cleaner.Clean("random.txt", page, null);

            Assert.Equal(Enumerable.Range(1, articles.Length), articles.Select(a => a.Part));
            foreach (var article in articles)
            {
                var paragraphs = article.Text.Split('\n');
                Assert.All(paragraphs, p => Assert.Contains(p, flat, StringComparison.Ordinal));
                Assert.All(paragraphs, p => Assert.True(
                    LineClassifier.EndsLikeSentence(p) || LineClassifier.Classify(p) is LineKind.Caption or LineKind.Teaser,
                    $"run {run}: '{p}' is neither a sentence nor a caption"));
                Assert.Equal(paragraphs.Length, paragraphs.Distinct(StringComparer.Ordinal).Count());
                if (article.Title is not null)
                {
                    Assert.DoesNotContain(article.Title, paragraphs);
                }

                Assert.True(article.Published == PublicationTime.Unknown || (article.Published.Origin == PublicationOrigin.Stated && page.Contains(article.Published.Evidence!, StringComparison.Ordinal)));
            }
        }
    }
}
