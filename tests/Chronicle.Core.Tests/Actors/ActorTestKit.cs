using Chronicle.Core.Actors;
using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Model;

namespace Chronicle.Core.Tests.Actors;

/// <summary>One shared recognizer over the shipped actor file (immutable, safe to share) and helpers.</summary>
internal static class ActorTestKit
{
    public static ActorCatalog Catalog { get; } = ActorCatalog.LoadDefault();

    public static ActorRecognizer Recognizer { get; } = new(Catalog);

    public static PublicationTime On(string date) =>
        GivenDate.TryParse(date, out var p, out var error) ? p : throw new ArgumentException(error, nameof(date));

    public static IReadOnlyList<ActorMention> Find(string text, string? published = null) =>
        Recognizer.Recognize(text, published is null ? PublicationTime.Unknown : On(published));

    /// <summary>The mention whose text is exactly <paramref name="surface"/> (the n-th such, 0-based).</summary>
    public static ActorMention At(string text, IReadOnlyList<ActorMention> mentions, string surface, int nth = 0)
    {
        var found = mentions.Where(m => m.Span.Text(text) == surface).ToList();
        Assert.True(found.Count > nth, $"no mention '{surface}' (#{nth}) among: {string.Join(" | ", mentions.Select(m => m.Span.Text(text) + "→" + m.ActorId))}");
        return found[nth];
    }

    public static string Describe(string text, IEnumerable<ActorMention> mentions) =>
        string.Join(" | ", mentions.Select(m => m.Span.Text(text) + "→" + m.ActorId));
}
