using Chronicle.Core.Reading;

namespace Chronicle.Core.Tests.Reading;

public sealed class MojibakeRepairTests
{
    [Theory]
    [InlineData("President Fran\u00C3\u00A7ois Mitterrand", "President François Mitterrand")] // UTF-8 read once as Windows-1252
    [InlineData("it\u00E2\u20AC\u2122s late", "it\u2019s late")] // a curly apostrophe, via the 0x80–0x9F characters of Windows-1252
    [InlineData("Fran\u00C3\u0192\u00C2\u00A7ois", "François")] // read twice
    [InlineData("Fran\u00C3\u0083\u00C2\u00A7ois", "François")] // read twice, the C1 control kept as is
    public void Double_decoded_text_is_repaired(string broken, string expected)
    {
        Assert.Equal(expected, MojibakeRepair.Repair(broken, out var repaired));
        Assert.True(repaired > 0);
    }

    [Theory]
    [InlineData("François Hollande met the Âge d'or committee")]
    [InlineData("Ação, São Paulo, Zürich, ñandú")]
    [InlineData("plain ASCII text")]
    public void Ordinary_text_is_left_alone(string text)
    {
        Assert.Same(text, MojibakeRepair.Repair(text, out var repaired));
        Assert.Equal(0, repaired);
    }
}
