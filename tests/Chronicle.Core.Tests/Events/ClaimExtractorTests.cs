using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Events;

public sealed class ClaimExtractorTests
{
    [Fact]
    public void An_elliptical_second_count_inherits_unit_and_approximation()
    {
        var doc = new TestDoc("The brigade keeps roughly 1,200 fighters in Tarn and 300 in neighbouring Kestria.").Run();
        Assert.Equal(2, doc.Claims.Length);
        var (first, second) = (doc.Claims[0], doc.Claims[1]);
        Assert.Equal((1200m, true, "fighters", "Tarn"), (first.Quantity, first.Approx, first.Unit, first.Place));
        Assert.Equal((300m, true, "fighters", "Kestria"), (second.Quantity, second.Approx, second.Unit, second.Place));
        Assert.Equal("fighters in Tarn", first.About);
    }

    [Fact]
    public void Vague_counts_carry_their_lower_bound()
    {
        var claim = Assert.Single(new TestDoc("Hundreds of fighters crossed the river.").Run().Claims);
        Assert.True(claim.Vague);
        Assert.True(claim.Approx);
        Assert.Equal(200m, claim.Quantity);
        Assert.Equal("fighters", claim.Unit);
    }

    [Theory]
    [InlineData("Seven Kestrian guards were wounded.", 7, "guards")]
    [InlineData("The council adopted 14 measures against smuggling.", 14, "measures")]
    [InlineData("Twenty-five observers arrived.", 25, "observers")]
    [InlineData("The fund holds 1.5 million dollars.", 1500000, "dollars")]
    [InlineData("A dozen villages were evacuated.", 12, "villages")]
    public void Numbers_in_digits_and_words(string sentence, int quantity, string unit)
    {
        var claim = Assert.Single(new TestDoc(sentence).Run().Claims);
        Assert.Equal((decimal)quantity, claim.Quantity);
        Assert.Equal(unit, claim.Unit);
        Assert.False(claim.Approx);
    }

    [Theory]
    [InlineData("The talks lasted three days.")]
    [InlineData("The two countries signed the accord.")]
    public void Durations_and_definite_counts_are_not_claims(string sentence)
    {
        Assert.Empty(new TestDoc(sentence).Run().Claims);
    }

    [Fact]
    public void Numbers_inside_time_expressions_are_not_claims()
    {
        Assert.Empty(new TestDoc("In 2019 volunteers founded the brigade.").Time("2019", "2019").Run().Claims);
    }

    [Fact]
    public void Casualty_words_join_what_is_counted_and_the_quote_says_who_claims()
    {
        var doc = new TestDoc("The army said the ambush killed four soldiers near Tarn.")
            .Quote("the ambush killed four soldiers near Tarn", "said", "the army")
            .Run();
        var claim = Assert.Single(doc.Claims);
        Assert.Equal("soldiers killed in Tarn", claim.About);
        Assert.Equal("the army", claim.ClaimedBy);
    }

    [Fact]
    public void A_claim_is_dated_by_the_time_in_its_sentence()
    {
        var doc = new TestDoc("By March about 800 fighters had left.").Time("March", "2031-03").Run();
        Assert.Equal("2031-03", Assert.Single(doc.Claims).Time?.Value);
    }
}
