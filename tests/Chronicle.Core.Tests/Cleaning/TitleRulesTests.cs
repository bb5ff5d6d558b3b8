using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Tests.Cleaning;

public sealed class TitleRulesTests
{
    [Theory]
    [InlineData("Harbour workers end strike after pay deal – Coast Gazette", "Harbour workers end strike after pay deal", "Coast Gazette")]
    [InlineData("Harbour workers end strike after pay deal | The Valley Times", "Harbour workers end strike after pay deal", "The Valley Times")]
    [InlineData("Harbour workers end strike after pay deal - Voice of the Coast", "Harbour workers end strike after pay deal", "Voice of the Coast")]
    [InlineData("Harbour workers end strike - and go home early", "Harbour workers end strike - and go home early", null)]
    [InlineData("Strike - Gazette", "Strike - Gazette", null)]
    public void Splits_an_outlet_suffix_only_when_it_is_a_name(string line, string title, string? outlet)
    {
        Assert.Equal(title, TitleRules.SplitOutletSuffix(line, out var found));
        Assert.Equal(outlet, found);
    }

    [Theory]
    [InlineData("Coast Gazette", true)]
    [InlineData("Asharq al-Sahil", true)]
    [InlineData("Voice of the Coast", true)]
    [InlineData("close", false)]
    [InlineData("TT", false)]
    [InlineData("Harbour workers end strike", false)]
    [InlineData("The Gazette Says Hello To Its Many Readers Today", false)]
    public void Knows_name_shaped_lines(string text, bool expected)
    {
        Assert.Equal(expected, TitleRules.IsNameShaped(text));
    }

    [Fact]
    public void Title_keys_ignore_case_dashes_quotes_and_spacing()
    {
        Assert.Equal(TitleRules.Key("Port ‘Reopens’ – Today"), TitleRules.Key("port  'reopens' - today"));
    }
}
