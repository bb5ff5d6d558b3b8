using Chronicle.Core.Time;

namespace Chronicle.Core.Tests.Time;

public sealed class DurationFormatTests
{
    [Theory]
    [InlineData(TimeUnit.Week, 2.0, "P2W")]
    [InlineData(TimeUnit.Year, 2.5, "P2Y6M")]
    [InlineData(TimeUnit.Hour, 1.5, "PT1H30M")]
    [InlineData(TimeUnit.Hour, 0.5, "PT30M")]
    [InlineData(TimeUnit.Decade, 2.0, "P20Y")]
    [InlineData(TimeUnit.Day, 10.0, "P10D")]
    [InlineData(TimeUnit.Month, 6.0, "P6M")]
    public void Known_amounts(TimeUnit unit, double amount, string expected) =>
        Assert.Equal(expected, DurationSpecAmount.Format(unit, amount));

    [Theory]
    [InlineData(TimeUnit.Year, "PXY")]
    [InlineData(TimeUnit.Hour, "PTXH")]
    [InlineData(TimeUnit.Week, "PXW")]
    public void Vague_amounts(TimeUnit unit, string expected) => Assert.Equal(expected, DurationSpecAmount.Format(unit, null));
}
