using Chronicle.Core.Model;
using Chronicle.Core.Time;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Chronicle.Core.Tests.Time;

/// <summary>Invariants over random text built from temporal and ordinary words, digits and punctuation.</summary>
public sealed class TemporalTaggerPropertyTests
{
    private static readonly string[] Vocabulary =
    [
        "on", "Monday", "Friday's", "last", "week", "2024", "1998", "the", "end", "of", "January", "Jan.", "25", "8th", ",", ".", "two",
        "days", "ago", "-", "year", "mid", "mid-2025", "by", "September", "next", "day", "The", "said", "will", "10:30", "a.m.", "'",
        "s", "1990s", "'90s", "about", "more", "than", "six", "months", "\n", "/", "01/02/2024", "2024-01-25", "Q3", "quarter", "third",
        "every", "daily", "near-daily", "now", "early", "late", "x", "é", "\u2019", "\u2026", "...", "since", "October", "night", "a",
        "half", "and", "hour", "fiscal", "twenty-four", "noon", "tomorrow", "Thursday,", "April", "6", "this", "coming", "recent", "years",
        "following", "earlier", "later", "1/2", "$", "%", "2,500", "troops", "winter", "fall", "Christmas", "New", "Year's", "Day",
    ];

    private static readonly PublicationTime Published = new("2024-09-19", DatePrecision.Day, PublicationOrigin.Given);

    private static Arbitrary<string> Texts() =>
        Gen.Elements(Vocabulary).ArrayOf().Select(words => string.Join(" ", words)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property Spans_lie_inside_the_text_in_order_and_never_overlap() =>
        Prop.ForAll(Texts(), text =>
        {
            var times = TemporalTagger.Tag(text, Published);
            var previousEnd = 0;
            foreach (var t in times)
            {
                if (t.Span.Start < previousEnd || t.Span.IsEmpty || t.Span.End > text.Length)
                {
                    return false;
                }

                previousEnd = t.Span.End;
            }

            return true;
        });

    [Fact]
    public void A_core_found_back_from_its_start_never_overlaps_the_expression_before_it()
    {
        // Found by the property above: "last fiscal year" then "fiscal year 2024" found back from "2024".
        const string text = "The ministry spent more last fiscal year 2024 than it planned.";
        var times = TemporalTagger.Tag(text, Published);
        for (var i = 1; i < times.Length; i++)
        {
            Assert.True(times[i].Span.Start >= times[i - 1].Span.End, $"{times[i - 1].Span.Text(text)} / {times[i].Span.Text(text)}");
        }
    }

    [Property(MaxTest = 200)]
    public Property Tagging_is_deterministic() =>
        Prop.ForAll(Texts(), text =>
            TemporalTagger.Tag(text, Published).SequenceEqual(TemporalTagger.Tag(text, Published)));

    /// <summary>
    /// Text after a line break never changes an expression before it. (Documented exceptions stay
    /// inside the expression's own line: tense cues later in the same sentence, a date that completes
    /// "Thursday, April 6", and a line that ends in an ellipsis.)
    /// </summary>
    [Property(MaxTest = 300)]
    public Property Values_do_not_depend_on_later_lines() =>
        Prop.ForAll(Texts(), Texts(), (text, suffix) =>
        {
            var cut = text.LastIndexOf('\n');
            if (cut < 0)
            {
                return true;
            }

            var prefix = text[..(cut + 1)];
            var before = TemporalTagger.Tag(prefix, Published).Where(t => t.Span.End < cut).ToList();
            var after = TemporalTagger.Tag(prefix + suffix, Published).Where(t => t.Span.End < cut).ToList();
            return before.SequenceEqual(after);
        });

    [Property(MaxTest = 200)]
    public Property Unknown_publication_never_invents_a_resolved_relative_date() =>
        Prop.ForAll(Texts(), text =>
            TemporalTagger.Tag(text, PublicationTime.Unknown).All(t => t.Anchor is null || t.Anchor.StartsWith("narrative", StringComparison.Ordinal)));
}
