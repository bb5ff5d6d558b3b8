using System.Collections.Immutable;

namespace Chronicle.Core.Cleaning;

/// <summary>
/// The lines of a page with their shapes, and which of them sit inside a block of other articles
/// (a ticker under "BREAKING", the list under "Related News"). Built once per page; read-only after.
/// </summary>
public sealed class PageLayout
{
    private readonly bool[] _inBlock;

    private PageLayout(ImmutableArray<PageLine> lines, bool[] inBlock)
    {
        Lines = lines;
        _inBlock = inBlock;
    }

    public ImmutableArray<PageLine> Lines { get; }

    public int Count => Lines.Length;

    public PageLine this[int index] => Lines[index];

    /// <summary>True when the line belongs to a block of other articles or a ticker.</summary>
    public bool InBlock(int index) => _inBlock[index];

    public static PageLayout Parse(string text) => Parse(text, BoilerplateCues.Default);

    internal static PageLayout Parse(string text, BoilerplateCues cues)
    {
        var lines = ImmutableArray.CreateBuilder<PageLine>();
        foreach (var range in text.AsSpan().Split('\n'))
        {
            var clean = Normalize(text.AsSpan()[range]);
            lines.Add(new PageLine(clean, LineClassifier.Classify(clean, cues), LineClassifier.CountWords(clean)));
        }

        var built = lines.ToImmutable();
        return new PageLayout(built, MarkBlocks(built));
    }

    /// <summary>Index of the first full paragraph at or after <paramref name="from"/> outside blocks; else the first short sentence; else -1.</summary>
    public int FirstText(int from, int to)
    {
        var shortOne = -1;
        for (var i = from; i < to; i++)
        {
            if (_inBlock[i])
            {
                continue;
            }

            if (Lines[i].Kind == LineKind.Paragraph)
            {
                return i;
            }

            if (shortOne < 0 && Lines[i].Kind == LineKind.ShortSentence)
            {
                shortOne = i;
            }
        }

        return shortOne;
    }

    /// <summary>The next non-blank line after <paramref name="index"/>, or -1.</summary>
    public int NextNonBlank(int index)
    {
        for (var i = index + 1; i < Count; i++)
        {
            if (Lines[i].Kind != LineKind.Blank)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// A block heading hides what follows it: when items follow directly (a ticker), the run of
    /// lines up to the next blank line; when a blank line follows (a spaced list of links), every
    /// line up to the next full paragraph — the article resumes there.
    /// </summary>
    private static bool[] MarkBlocks(ImmutableArray<PageLine> lines)
    {
        var inBlock = new bool[lines.Length];
        var seenParagraph = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var kind = lines[i].Kind;
            if (kind == LineKind.Paragraph && !inBlock[i])
            {
                seenParagraph = true;
            }

            // An end marker before any paragraph (a "Most Read" sidebar above the article) can only be a block.
            if (kind != LineKind.BlockHeading && !(kind == LineKind.EndMarker && !seenParagraph))
            {
                continue;
            }

            inBlock[i] = true;
            var j = i + 1;
            if (j < lines.Length && lines[j].Kind != LineKind.Blank)
            {
                for (; j < lines.Length && lines[j].Kind != LineKind.Blank; j++)
                {
                    inBlock[j] = true;
                }
            }
            else
            {
                for (; j < lines.Length && lines[j].Kind != LineKind.Paragraph; j++)
                {
                    inBlock[j] = true;
                }
            }

            i = j - 1;
        }

        return inBlock;
    }

    /// <summary>Trims and collapses runs of white space (tabs, no-break spaces) into one space.</summary>
    internal static string Normalize(ReadOnlySpan<char> line)
    {
        var t = line.Trim();
        var buffer = t.Length <= 512 ? stackalloc char[t.Length] : new char[t.Length];
        var n = 0;
        var space = false;
        foreach (var c in t)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = true;
                continue;
            }

            if (space)
            {
                buffer[n++] = ' ';
                space = false;
            }

            buffer[n++] = c;
        }

        return new string(buffer[..n]);
    }
}
