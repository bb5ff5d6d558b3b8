using Chronicle.Core.Actors.Text;

namespace Chronicle.Core.Tests.Actors;

public class NameKeyTests
{
    private static string Key(string name) => NameKey.Transliterate(NameKey.Exact(name));

    [Theory]
    [InlineData("Kata’ib", "kataib")]
    [InlineData("Kata'ib", "kataib")]
    [InlineData("U.S.", "us")]
    [InlineData("Erdoğan", "erdogan")]
    [InlineData("Öcalan", "ocalan")]
    [InlineData("Ḥamīdī", "hamidi")]
    public void ExactKeyFoldsCaseDiacriticsApostrophesAndDots(string piece, string key) =>
        Assert.Equal(key, NameKey.Exact(piece));

    [Theory]
    [InlineData("Ghaani", "Qaani")] // gh → q, aa → a
    [InlineData("Kadhemi", "Kadhimi")] // e → i
    [InlineData("Kazimi", "Kadhimi")] // dh → z
    [InlineData("Kataeb", "Kataib")] // ae/ai → i
    [InlineData("Husayn", "Hussein")] // ay/ei → i, doubled s
    [InlineData("Suleimani", "Soleimani")] // o → u, ei → i
    [InlineData("Qasim", "Qassem")] // ss → s, e → i
    [InlineData("Moussawi", "Musawi")] // ou → u
    [InlineData("Ismail", "Esmail")]
    [InlineData("Amiri", "Ameri")]
    public void TransliterationVariantsShareAKey(string a, string b) => Assert.Equal(Key(a), Key(b));

    [Theory]
    [InlineData("Hussein", "Hassan")]
    [InlineData("Iraq", "Iran")]
    [InlineData("Iraq", "Iraqi")]
    [InlineData("Sayyid", "Said")]
    [InlineData("Farouk", "Faruq")] // k and q are different Arabic letters: not folded together
    public void DifferentNamesKeepDifferentKeys(string a, string b) => Assert.NotEqual(Key(a), Key(b));
}
