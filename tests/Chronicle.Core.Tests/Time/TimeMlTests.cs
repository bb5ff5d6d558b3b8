using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Chronicle.Core.Model;
using Chronicle.Core.Tests.Support;
using Chronicle.Core.Time.TimeMl;

namespace Chronicle.Core.Tests.Time;

public sealed partial class TimeMlTests
{
    // A small TimeML document of our own: entities, an EVENT tag and an old TIMEX3 inside TEXT.
    private const string Sample =
        "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"2024-09-19\" functionInDocument=\"CREATION_TIME\">2024-09-19</TIMEX3></DCT>\n" +
        "<TEXT>\nAT&amp;T <EVENT eid=\"e1\">said</EVENT> on <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-09-18\">Wednesday</TIMEX3> that the &quot;deal&quot; ends by the end of 2026.\n</TEXT>\n<TLINK lid=\"l1\"/>\n</TimeML>\n";

    [Fact]
    public void Parse_strips_markup_decodes_entities_and_reads_gold()
    {
        var doc = TimeMlDocument.Parse(Sample, out var error)!;
        Assert.Null(error);
        Assert.Equal("\nAT&T said on Wednesday that the \"deal\" ends by the end of 2026.\n", doc.PlainText);
        Assert.Equal("\nAT&amp;T said on Wednesday that the &quot;deal&quot; ends by the end of 2026.\n", doc.RawText);
        Assert.Equal("2024-09-19", doc.DocumentCreationTime);
        var gold = Assert.Single(doc.Timexes);
        Assert.Equal("Wednesday", gold.Span.Text(doc.PlainText));
        Assert.Equal("2024-09-18", gold.Value);
        Assert.Equal(PublicationOrigin.Stated, doc.Published.Origin);
    }

    [Fact]
    public void Annotate_keeps_everything_outside_our_tags_byte_identical()
    {
        var output = TimeMlCorpus.Annotate(Sample, out var error)!;
        Assert.Null(error);
        Assert.Contains("<TIMEX3 tid=\"t1\" type=\"DATE\" value=\"2024-09-18\">Wednesday</TIMEX3>", output, StringComparison.Ordinal);
        Assert.Contains("<TIMEX3 tid=\"t2\" type=\"DATE\" value=\"2026\" mod=\"END\">the end of 2026</TIMEX3>", output, StringComparison.Ordinal);
        var input = TimeMlDocument.Parse(Sample, out _)!;
        var written = TimeMlDocument.Parse(output, out _)!;
        Assert.Equal(input.Prefix, written.Prefix);
        Assert.Equal(input.Suffix, written.Suffix);
        Assert.Equal(input.RawText, written.RawText);
        Assert.Equal(input.RawText, TimexTag().Replace(output[written.Prefix.Length..^written.Suffix.Length], ""));
    }

    [Fact]
    public void Text_without_a_TEXT_element_is_refused_with_a_reason()
    {
        Assert.Null(TimeMlDocument.Parse("<TimeML><DCT/></TimeML>", out var error));
        Assert.Contains("TEXT", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Scorer_counts_strict_relaxed_type_and_value()
    {
        var gold = new[] { Timex(0, 9, "DATE", "2024-09-18"), Timex(20, 35, "DATE", "2026"), Timex(40, 45, "DURATION", "P2W") }.ToImmutableArray();
        var system = new[] { Timex(0, 9, "DATE", "2024-09-18"), Timex(24, 35, "DATE", "2025"), Timex(50, 55, "SET", "P1D") }.ToImmutableArray();
        var score = TimeMlScorer.Score(gold, system, out var alignment);
        Assert.Equal(new Prf(1, 3, 3), score.Strict);
        Assert.Equal(new Prf(2, 3, 3), score.Relaxed);
        Assert.Equal(new Prf(2, 3, 3), score.Type);
        Assert.Equal(new Prf(1, 3, 3), score.Value);
        Assert.Equal(4, alignment.Length); // two matches, one miss, one spurious
        Assert.Equal(2.0 / 3, score.Relaxed.F1, 6);
    }

    /// <summary>
    /// The whole TempEval-3 set (TimeBank + AQUAINT): every file round-trips byte for byte, and the scores
    /// stay above a floor a little under what the README reports (runs in about a second).
    /// </summary>
    [Fact]
    public void TempEval3_round_trips_and_scores_above_the_floor()
    {
        var folder = Path.Combine(RepoPaths.Shared, "tempeval3");
        Assert.True(Directory.Exists(folder), "../shared/tempeval3 is missing");
        var total = default(TimeMlScore);
        var files = TimeMlCorpus.Files(folder);
        Assert.Equal(256, files.Count);
        foreach (var file in files)
        {
            var xml = File.ReadAllText(file, TimeMlCorpus.Utf8);
            var gold = TimeMlDocument.Parse(xml, out _)!;
            var output = TimeMlCorpus.Annotate(xml, out _)!;
            var system = TimeMlDocument.Parse(output, out _)!;
            Assert.Equal(gold.RawText, system.RawText);
            Assert.Equal(xml[..gold.Prefix.Length], output[..system.Prefix.Length]);
            Assert.Equal(xml[^gold.Suffix.Length..], output[^system.Suffix.Length..]);
            total += TimeMlScorer.Score(gold.Timexes, system.Timexes, out _);
        }

        Assert.Equal(1822, total.Relaxed.Gold);
        Assert.True(total.Relaxed.F1 >= 0.948, $"relaxed F1 {total.Relaxed.F1:0.0000}");
        Assert.True(total.Strict.F1 >= 0.887, $"strict F1 {total.Strict.F1:0.0000}");
        Assert.True(total.Value.F1 >= 0.820, $"value F1 {total.Value.F1:0.0000}");
    }

    private static TimeMlTimex Timex(int start, int end, string type, string value) => new(new TextSpan(start, end), type, value, null);

    [GeneratedRegex("</?TIMEX3[^>]*>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimexTag();
}
