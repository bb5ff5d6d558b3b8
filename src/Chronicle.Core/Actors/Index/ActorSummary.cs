namespace Chronicle.Core.Actors.Index;

/// <summary>How often one written form named an actor across the corpus.</summary>
public sealed record AliasCount(string Text, int Count);

/// <summary>
/// One canonical actor across the stored corpus: curated (from the actor file) or unknown (a cluster of
/// "new:" ids with similar names). <see cref="MergedIds"/> lists the unknown ids folded into it.
/// </summary>
public sealed record ActorSummary(
    string Id,
    string Name,
    string Kind,
    bool Curated,
    int Mentions,
    int Articles,
    IReadOnlyList<AliasCount> Aliases,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> MemberOf,
    IReadOnlyList<string> MergedIds,
    string? FirstSeen,
    string? LastSeen);

/// <summary>One mention of an actor with its provenance: article, date, outlet, sentence and span.</summary>
public sealed record ActorMentionRow(
    string ArticleId, string? Published, string? Outlet, string? Title, string Source, int Start, int End, string Text, string Sentence, string Kind, double Confidence);
