namespace Chronicle.Core.Model;

/// <summary>A half-open character range [Start, End) in an article's clean text.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    public string Text(string text) => text.Substring(Start, Length);

    public static TextSpan FromLength(int start, int length) => new(start, start + length);

    public override string ToString() => $"[{Start},{End})";
}
