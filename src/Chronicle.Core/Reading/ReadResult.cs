using System.Collections.Immutable;
using Chronicle.Core.Model;

namespace Chronicle.Core.Reading;

/// <summary>
/// What reading one input produced: its articles, or the reason it could not be read. One bad file
/// never stops a batch; the caller reports <see cref="Error"/> and goes on.
/// </summary>
public sealed record ReadResult(string Source, ImmutableArray<Article> Articles, string? Error)
{
    public bool Failed => Error is not null;

    public static ReadResult Success(string source, ImmutableArray<Article> articles) => new(source, articles, null);

    public static ReadResult Failure(string source, string reason) => new(source, [], reason);
}
