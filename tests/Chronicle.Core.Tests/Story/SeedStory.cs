using System.Text.Json;
using Chronicle.Core.Contract;
using Chronicle.Core.Model;
using Chronicle.Core.Reading;
using Chronicle.Core.Story;
using Chronicle.Core.Tests.Support;

namespace Chronicle.Core.Tests.Story;

/// <summary>
/// The five seeds run through the whole pipeline, each article dated with the gold's
/// <c>published.actual</c>, and added to one story in file order. Built once for all story tests.
/// </summary>
public sealed class SeedStory
{
    public SeedStory()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(RepoPaths.Gold));
        Gold = gold.RootElement.Clone();
        var reader = new ArticleReader(new ReadOptions());
        var pipeline = Pipeline.CreateDefault();
        foreach (var entry in Gold.GetProperty("articles").EnumerateArray())
        {
            var file = entry.GetProperty("file").GetString()!;
            var part = entry.GetProperty("part").GetInt32();
            var read = reader.ReadFile(Path.Combine(RepoPaths.Seeds, file));
            var article = read.Articles.Single(a => a.Part == part);
            Assert.True(GivenDate.TryParse(entry.GetProperty("published").GetProperty("actual").GetString()!, out var published, out _));
            var dto = ContractMapper.ToDto(pipeline.Run(article with { Published = published }));
            Articles[(file, part)] = dto;
            StoryUpdater.Add(State, dto);
        }
    }

    public JsonElement Gold { get; }

    public StoryState State { get; } = new();

    public Dictionary<(string File, int Part), ArticleDto> Articles { get; } = [];

    /// <summary>Where a gold cue (a verbatim piece of the seed) sits in the clean text of that article, or null.</summary>
    public (int Start, int End)? Locate(string file, int part, string cue)
    {
        var text = Articles[(file, part)].Text;
        var at = text.IndexOf(cue, StringComparison.Ordinal);
        return at < 0 ? null : (at, at + cue.Length);
    }

    /// <summary>The canonical event with a mention overlapping the cue in that article (preferring the given type).</summary>
    public CanonicalEvent? EventAt(string file, int part, string cue, IReadOnlyCollection<string> types)
    {
        if (Locate(file, part, cue) is not { } span)
        {
            return null;
        }

        var id = Articles[(file, part)].Id;
        var hits = StoryView.Events(State)
            .Where(e => e.Mentions.Any(m => m.ArticleId == id && m.Start < span.End && span.Start < m.End))
            .ToList();
        return hits.FirstOrDefault(e => types.Contains(e.Type)) ?? null;
    }
}

[CollectionDefinition(nameof(SeedStoryCollection))]
public sealed class SeedStoryCollection : ICollectionFixture<SeedStory>;
