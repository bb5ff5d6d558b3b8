using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Events;

/// <summary>Random word soup through the three stages: nothing throws and every span stays inside the text.</summary>
public sealed class RandomInputTests
{
    private static readonly string[] Words =
    [
        "The", "brigade", "will", "not", "withdraw", "agreed", "to", "leave", "by", "June", "2031", ",", ".", "if", "could", "attack",
        "Lodravia", "and", "Kestria", "said", "that", "hundreds", "of", "fighters", "about", "1,200", "troops", "in", "Tarn", "province",
        "demanded", "timetable", "depends", "on", "as", "well", "the", "release", "\u201C", "\u201D", "al-Asad", "U.S.", "'s", "no",
        "meeting", "talks", "between", "threatened", "sanctions", "denied", "reportedly", "—", ";", "seven", "twenty-five", "dozens",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_text_never_throws_and_spans_stay_in_range(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 40; round++)
        {
            var text = string.Join(' ', Enumerable.Range(0, random.Next(1, 120)).Select(_ => Words[random.Next(Words.Length)]));
            var builder = new TestDoc(text);
            if (text.Contains("June 2031", StringComparison.Ordinal))
            {
                builder.Time("June 2031", "2031-06");
            }

            var doc = builder.Run();
            Assert.All(doc.Events, e => Assert.True(InText(e.Trigger, text) && InText(e.Span, text) && e.Span.Contains(e.Trigger)));
            Assert.All(doc.Claims, c => Assert.True(InText(c.Span, text) && c.Quantity > 0));
            Assert.All(doc.Commitments, c => Assert.True(InText(c.Span, text) && c.Phases.All(p => InText(p.Span, text))));
        }
    }

    private static bool InText(TextSpan span, string text) => span.Start >= 0 && span.End <= text.Length && span.Start < span.End;
}
