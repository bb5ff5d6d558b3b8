using Chronicle.Core.Cleaning;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Cleaning;

public sealed class DateLineParserTests
{
    [Theory]
    [InlineData("3 Mar 2023 08:15", "2023-03-03T08:15", DatePrecision.Minute)]
    [InlineData("3 March 2023", "2023-03-03", DatePrecision.Day)]
    [InlineData("March 3, 2023", "2023-03-03", DatePrecision.Day)]
    [InlineData("Mar. 3, 2023, 8:15 p.m. ET", "2023-03-03T20:15", DatePrecision.Minute)]
    [InlineData("March 3rd, 2023", "2023-03-03", DatePrecision.Day)]
    [InlineData("Friday, 3 March 2023", "2023-03-03", DatePrecision.Day)]
    [InlineData("Published: 2023-03-03T08:15:00Z", "2023-03-03T08:15", DatePrecision.Minute)]
    [InlineData("Updated 12 Sept 2023 12:00 GMT", "2023-09-12T12:00", DatePrecision.Minute)]
    [InlineData("2023-03-03", "2023-03-03", DatePrecision.Day)]
    public void Reads_a_date_only_line_as_stated_with_the_line_as_evidence(string line, string value, DatePrecision precision)
    {
        var parsed = DateLineParser.TryParse(line);
        Assert.NotNull(parsed);
        Assert.Equal(value, parsed.Value);
        Assert.Equal(precision, parsed.Precision);
        Assert.Equal(PublicationOrigin.Stated, parsed.Origin);
        Assert.Equal(line, parsed.Evidence);
    }

    [Theory]
    [InlineData("Harbour strike ends - Coast Gazette - March 3rd, 2023")]
    [InlineData("The strike ended on 3 March 2023.")]
    [InlineData("30 February 2023")]
    [InlineData("3 March 2023 25:10")]
    [InlineData("March 2023")]
    [InlineData("3 March 2023 Harbour")]
    public void Refuses_lines_that_are_more_or_less_than_a_date(string line)
    {
        Assert.Null(DateLineParser.TryParse(line));
    }

    [Fact]
    public void Keeps_the_stated_wall_clock_of_machine_dates()
    {
        var parsed = DateLineParser.TryParseMachine("2023-03-03T23:50:00+03:00", "meta");
        Assert.Equal("2023-03-03T23:50", parsed?.Value);
    }
}
