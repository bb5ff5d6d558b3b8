using Chronicle.Core.Actors.Catalog;
using Chronicle.Core.Actors.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>
/// The working state of one document's recognition: its pieces, which pieces a mention already covers,
/// and the mentions so far. Lives for one call of <see cref="ActorRecognizer.Annotate"/>, never shared.
/// </summary>
internal sealed class MentionContext
{
    private readonly Candidate?[] _owner;

    public MentionContext(string text, List<Piece> pieces, ActorCatalog catalog, PublicationTime published)
    {
        Text = text;
        Pieces = pieces;
        Catalog = catalog;
        Published = published;
        _owner = new Candidate?[pieces.Count];
    }

    public string Text { get; }

    public List<Piece> Pieces { get; }

    public ActorCatalog Catalog { get; }

    public PublicationTime Published { get; }

    public List<Candidate> Mentions { get; } = [];

    public bool IsCovered(int piece) => _owner[piece] is not null;

    public Candidate? OwnerOf(int piece) => piece >= 0 && piece < _owner.Length ? _owner[piece] : null;

    public bool IsFree(int first, int end)
    {
        for (var k = first; k < end; k++)
        {
            if (_owner[k] is not null)
            {
                return false;
            }
        }

        return true;
    }

    public void Add(Candidate c)
    {
        for (var k = c.FirstPiece; k < c.EndPiece; k++)
        {
            _owner[k] = c;
        }

        Mentions.Add(c);
    }

    public void Remove(Candidate c)
    {
        for (var k = c.FirstPiece; k < c.EndPiece; k++)
        {
            if (ReferenceEquals(_owner[k], c))
            {
                _owner[k] = null;
            }
        }

        Mentions.Remove(c);
    }

    public void Replace(Candidate old, Candidate replacement)
    {
        Remove(old);
        Add(replacement);
    }

    public ReadOnlySpan<char> TextOf(int piece) => Pieces[piece].Span.Slice(Text);

    public TextSpan SpanOf(int first, int end) => new(Pieces[first].Span.Start, Pieces[end - 1].Span.End);

    /// <summary>The piece's text in lowercase equals <paramref name="word"/> (ASCII words only).</summary>
    public bool Is(int piece, string word) =>
        piece >= 0 && piece < Pieces.Count && TextOf(piece).Equals(word, StringComparison.OrdinalIgnoreCase);

    public string ExactKey(int piece) => NameKey.Exact(TextOf(piece));

    /// <summary>The country index a demonym piece names ("Iraqi" → Iraq), or -1.</summary>
    public int DemonymOf(int piece)
    {
        if (piece < 0 || piece >= Pieces.Count || !Pieces[piece].Has(PieceFlags.Capitalised))
        {
            return -1;
        }

        Span<char> key = stackalloc char[32];
        var s = TextOf(piece);
        if (s.Length > 32)
        {
            return -1;
        }

        var n = NameKey.Exact(s, key);
        return Catalog.Demonyms.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key[..n], out var i) ? i : -1;
    }

    public bool IsGovernmentNoun(int piece)
    {
        if (piece < 0 || piece >= Pieces.Count || Pieces[piece].Span.Length > 32)
        {
            return false;
        }

        Span<char> key = stackalloc char[32];
        var n = NameKey.Exact(TextOf(piece), key);
        return Catalog.GovernmentNouns.GetAlternateLookup<ReadOnlySpan<char>>().Contains(key[..n]);
    }
}
