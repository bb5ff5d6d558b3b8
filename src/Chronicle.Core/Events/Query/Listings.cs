using Chronicle.Core.Contract;

namespace Chronicle.Core.Events.Query;

/// <summary>Where an extracted item comes from: the article and the sentence.</summary>
public sealed record ItemSource(string ArticleId, string? Outlet, string? Published, string Source, string Sentence);

public sealed record EventRow(ItemSource From, EventDto Event);

public sealed record ClaimRow(ItemSource From, ClaimDto Claim);

public sealed record CommitmentRow(ItemSource From, CommitmentDto Commitment);

/// <summary>
/// Cross-article listings of the event, claim and commitment layers, as pure functions over stored
/// articles in contract form: filtering and ordering live here so the CLI only prints.
/// Rows are ordered by the item's date (undated last), then publication date, then position.
/// </summary>
public static class Listings
{
    /// <summary>Events, optionally of one PLOVER type and/or with an actor among sources or targets (case-insensitive, part of a name).</summary>
    public static IReadOnlyList<EventRow> Events(IEnumerable<ArticleDto> articles, string? type = null, string? actor = null) =>
        [.. articles.SelectMany(a => a.Events
                .Where(e => type is null || string.Equals(e.Type, type, StringComparison.OrdinalIgnoreCase))
                .Where(e => actor is null || e.Sources.Concat(e.Targets).Any(n => n.Contains(actor, StringComparison.OrdinalIgnoreCase)))
                .Select(e => new EventRow(From(a, e.Start, e.End), e)))
            .OrderBy(r => r.Event.Time?.Value ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.From.Published ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Event.Start)];

    public static IReadOnlyList<ClaimRow> Claims(IEnumerable<ArticleDto> articles) =>
        [.. articles.SelectMany(a => a.Claims.Select(c => new ClaimRow(From(a, c.Start, c.End), c)))
            .OrderBy(r => r.Claim.Time?.Value ?? r.From.Published ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Claim.Start)];

    public static IReadOnlyList<CommitmentRow> Commitments(IEnumerable<ArticleDto> articles) =>
        [.. articles.SelectMany(a => a.Commitments.Select(c => new CommitmentRow(From(a, c.Start, c.End), c)))
            .OrderBy(r => r.From.Published ?? "\uffff", StringComparer.Ordinal)
            .ThenBy(r => r.Commitment.Start)];

    private static ItemSource From(ArticleDto a, int start, int end) =>
        new(a.Id, a.Outlet, a.Published.Value, a.Source, a.Text[start..Math.Min(end, a.Text.Length)]);
}
