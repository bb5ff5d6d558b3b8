using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Reading;

/// <summary>Our own sample articles (samples/) read as a user without ../shared would see them.</summary>
public sealed class SampleTests
{
    private static readonly IReadOnlyList<ReadResult> Results = new ArticleReader(new ReadOptions()).Read([RepoPaths.Samples]).ToList();

    [Theory]
    [InlineData("2025-02-27-ocalan-call.txt", "Jailed PKK founder asks the group to lay down its arms and dissolve", "2025-02-27T19:40")]
    [InlineData("2025-05-12-pkk-dissolution.html", "PKK says it will dissolve and end its armed struggle", "2025-05-12T10:15")]
    [InlineData("2025-07-11-weapons-ceremony.txt", "PKK fighters burn their weapons at a ceremony in northern Iraq", "2025-07-11T16:05")]
    [InlineData("2025-10-26-withdrawal.html", "PKK announces it is pulling all its fighters out of Turkey", "2025-10-26")]
    public void Each_sample_is_one_clean_article_with_its_stated_date(string file, string title, string published)
    {
        var result = Results.Single(r => Path.GetFileName(r.Source) == file);
        var article = Assert.Single(result.Articles);
        Assert.Equal(title, article.Title);
        Assert.Equal("Sample Desk", article.Outlet);
        Assert.Equal(published, article.Published.Value);
        Assert.Equal(PublicationOrigin.Stated, article.Published.Origin);
        foreach (var junk in (string[])["Most Read", "Related", "Drought", "Markets:", "Politics", "Share", "Rights", "Ten years", "Subscribe"])
        {
            Assert.DoesNotContain(junk, article.Text, StringComparison.Ordinal);
        }

        // A caption printed twice inside the story stays once.
        Assert.True(article.Text.Split("(Sample Desk)").Length <= 2);
    }

    [Fact]
    public void Every_file_in_samples_reads_without_error()
    {
        Assert.Equal(4, Results.Count);
        Assert.All(Results, r => Assert.Null(r.Error));
    }
}
