using Chronicle.Core.Attribution;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chronicle.Core.Tests.Attribution;

/// <summary>Invariants on random texts assembled from attribution-shaped pieces.</summary>
public sealed class AttributionPropertyTests
{
    private static readonly string[] Pieces =
    [
        "\u201CThe road is closed,\u201D ", "NAME said. ", "the official told the Harbour Times that ", "According to NAME, ",
        "the vote was delayed", ", a source said. ", "\"We will stay,\" ", "she added. ", "NAME believes that ", "it was reported that ",
        "the talks failed. ", "\u201CNothing changes,\u201D NAME said, \u201Cfor now.\u201D ", "\n", "- NAME\n", "'Four words in quotes' ",
        "Reuters reported, citing sources as saying ", "prices rose", ". ", ", ", "\"", "\u201D",
    ];

    private static Gen<string> Texts(string name) =>
        Gen.Elements(Pieces).ListOf().Select(list => string.Concat(list).Replace("NAME", name, StringComparison.Ordinal));

    [Property(MaxTest = 200)]
    public Property Quotes_never_overlap_and_lie_inside_the_text() =>
        Prop.ForAll(Texts("Minister Ana Roslin").ToArbitrary(), text =>
        {
            var doc = AttributionRulesTests.Run(text);
            var spans = doc.Quotes.Select(q => q.Span).OrderBy(s => s.Start).ToList();
            var inside = doc.Quotes.All(q => q.Span.Start >= 0 && q.Span.End <= text.Length && !q.Span.IsEmpty
                && q.Cue.End <= text.Length && (q.Speaker.Span is not { } s || s.End <= text.Length));
            var disjoint = spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start);
            return inside && disjoint;
        });

    [Property(MaxTest = 100)]
    public Property Renaming_a_speaker_changes_nothing_else() =>
        Prop.ForAll(Gen.Elements(Pieces).ListOf().ToArbitrary(), pieces =>
        {
            // Same-length names keep every offset; only the speaker's name may differ.
            var a = AttributionRulesTests.Run(string.Concat(pieces).Replace("NAME", "Minister Ana Roslin", StringComparison.Ordinal));
            var b = AttributionRulesTests.Run(string.Concat(pieces).Replace("NAME", "Minister Eva Kastel", StringComparison.Ordinal));
            return a.Quotes.Length == b.Quotes.Length && a.Quotes.Zip(b.Quotes).All(p =>
                p.First.Span == p.Second.Span && p.First.Cue == p.Second.Cue && p.First.Speaker.Span == p.Second.Speaker.Span
                && p.First.Venue == p.Second.Venue && p.First.Via.SequenceEqual(p.Second.Via)
                && (p.First.Speaker.Name ?? "").Replace("Ana Roslin", "Eva Kastel", StringComparison.Ordinal) == (p.Second.Speaker.Name ?? ""));
        });
}
