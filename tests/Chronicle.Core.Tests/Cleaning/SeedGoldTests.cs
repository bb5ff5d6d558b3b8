using System.Collections.Immutable;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Cleaning;

/// <summary>
/// Every seed against the gold: the body holds the article and nothing else (no junk string, key
/// sentences present, body starts and ends where the gold says, once-only strings at most once),
/// title and outlet right, publication time stated or unknown as the gold expects.
/// </summary>
public sealed class SeedGoldTests
{
    private static readonly IReadOnlyList<SeedGold> Gold = SeedGold.Load();

    public static TheoryData<string, int> Articles()
    {
        var data = new TheoryData<string, int>();
        foreach (var g in Gold)
        {
            data.Add(g.File, g.Part);
        }

        return data;
    }

    public static TheoryData<string> Files()
    {
        var data = new TheoryData<string>();
        foreach (var file in Gold.Select(g => g.File).Distinct(StringComparer.Ordinal))
        {
            data.Add(file);
        }

        return data;
    }

    private static ImmutableArray<Article> Read(string file)
    {
        var result = new ArticleReader(new ReadOptions()).ReadFile(Path.Combine(RepoPaths.Seeds, file));
        Assert.Null(result.Error);
        return result.Articles;
    }

    private static (SeedGold Gold, Article Article) Load(string file, int part)
    {
        var gold = Gold.Single(g => g.File == file && g.Part == part);
        var article = Read(file).SingleOrDefault(a => a.Part == part);
        Assert.True(article is not null, $"{file}: no article part {part}");
        return (gold, article);
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_file_yields_as_many_articles_as_the_gold_lists(string file)
    {
        Assert.Equal(Gold.Count(g => g.File == file), Read(file).Length);
    }

    /// <summary>
    /// Junk is checked per article: the gold lists part 2's key sentence as junk for part 1 and the
    /// reverse ("Putin" belongs to part 2 of seed 001), so "of that file" means "of that article".
    /// </summary>
    [Theory]
    [MemberData(nameof(Articles))]
    public void No_junk_string_is_in_the_body(string file, int part)
    {
        var (gold, article) = Load(file, part);
        foreach (var junk in gold.Junk)
        {
            Assert.False(article.Text.Contains(junk, StringComparison.Ordinal), $"{file} part {part} holds junk '{junk}'");
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void No_body_holds_a_list_of_other_articles_or_a_date_of_one(string file)
    {
        foreach (var article in Read(file))
        {
            Assert.All(article.Text.Split('\n'), p => Assert.False(p.StartsWith("- ", StringComparison.Ordinal) || p.StartsWith('\u2022'), p));
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Body_starts_and_ends_where_the_article_does(string file, int part)
    {
        var (gold, article) = Load(file, part);
        // The gold's cue may stop short of the last closing quote: the last paragraph must hold it.
        var paragraphs = article.Text.Split('\n');
        Assert.StartsWith(gold.BodyStarts, paragraphs[0], StringComparison.Ordinal);
        Assert.Contains(gold.BodyEnds, paragraphs[^1], StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Body_contains_the_key_sentences(string file, int part)
    {
        var (gold, article) = Load(file, part);
        foreach (var key in gold.MustContain)
        {
            Assert.Contains(key, article.Text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Once_only_strings_appear_at_most_once(string file, int part)
    {
        var (gold, article) = Load(file, part);
        foreach (var once in gold.OnceOnly)
        {
            var count = 0;
            for (var at = article.Text.IndexOf(once, StringComparison.Ordinal); at >= 0; at = article.Text.IndexOf(once, at + 1, StringComparison.Ordinal))
            {
                count++;
            }

            Assert.True(count <= 1, $"'{once}' appears {count} times");
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Title_and_outlet_are_found_and_the_title_is_not_repeated_in_the_body(string file, int part)
    {
        var (gold, article) = Load(file, part);
        Assert.Equal(gold.Title, article.Title);
        Assert.Equal(gold.Outlet, article.Outlet);
        Assert.DoesNotContain(gold.Title, article.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void Publication_time_is_stated_only_where_the_page_states_it(string file, int part)
    {
        var (gold, article) = Load(file, part);
        switch (gold.ExpectedOrigin)
        {
            case "stated":
                Assert.Equal(PublicationOrigin.Stated, article.Published.Origin);
                Assert.Equal(gold.Actual, article.Published.Value);
                Assert.False(string.IsNullOrEmpty(article.Published.Evidence));
                break;
            case "unknown":
                Assert.Equal(PublicationTime.Unknown, article.Published);
                break;
            default:
                Assert.Fail($"unexpected expectedOrigin '{gold.ExpectedOrigin}'");
                break;
        }
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void A_given_publication_time_overrides_the_page(string file, int part)
    {
        Assert.True(GivenDate.TryParse("2024-02-03", out var given, out _));
        var result = new ArticleReader(new ReadOptions(given)).ReadFile(Path.Combine(RepoPaths.Seeds, file));
        var article = result.Articles.Single(a => a.Part == part);
        Assert.Equal(PublicationOrigin.Given, article.Published.Origin);
        Assert.Equal("2024-02-03", article.Published.Value);
    }

    [Fact]
    public void Seed_003_states_its_time_to_the_minute_with_the_line_as_evidence()
    {
        var article = Read("003_4b897077ff47bea1.txt").Single();
        Assert.Equal(new PublicationTime("2024-01-25T23:52", DatePrecision.Minute, PublicationOrigin.Stated, "25 Jan 2024 23:52"), article.Published);
    }

    [Fact]
    public void Seed_001_is_split_into_two_articles_with_their_own_titles()
    {
        var articles = Read("001_dfc162691c4e9332.txt");
        Assert.Equal(2, articles.Length);
        Assert.Equal([1, 2], articles.Select(a => a.Part));
        Assert.NotEqual(articles[0].Title, articles[1].Title);
        Assert.NotEqual(articles[0].Id, articles[1].Id);
    }

    [Fact]
    public void Bodies_have_one_paragraph_a_line_without_blank_lines()
    {
        foreach (var article in Gold.Select(g => g.File).Distinct(StringComparer.Ordinal).SelectMany(f => Read(f)))
        {
            Assert.DoesNotContain("\n\n", article.Text, StringComparison.Ordinal);
            Assert.All(article.Text.Split('\n'), p => Assert.Equal(p.Trim(), p));
        }
    }
}
