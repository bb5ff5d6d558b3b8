using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Reading;

/// <summary>
/// Reads files and folders (recursively) into cleaned articles. Each input yields one
/// <see cref="ReadResult"/>: its articles, or one clear reason it could not be read — a bad file
/// never stops the batch. Text or HTML is told apart by content (<see cref="ContentSniffer"/>).
/// </summary>
public sealed class ArticleReader
{
    private readonly ReadOptions _options;
    private readonly Func<string, Stream> _open;
    private readonly ArticleCleaner _cleaner = new();

    public ArticleReader(ReadOptions options)
        : this(options, static path => new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
    {
    }

    /// <summary>Lets tests simulate a file the process may not open (as root, chmod 000 does not stop reads).</summary>
    internal ArticleReader(ReadOptions options, Func<string, Stream> open)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        _open = open;
    }

    /// <summary>Expands folders to their files (sorted, recursive, hidden entries skipped) and reads each one.</summary>
    public IEnumerable<ReadResult> Read(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var result in ReadFolder(path))
                {
                    yield return result;
                }
            }
            else
            {
                yield return ReadFile(path);
            }
        }
    }

    public ReadResult ReadFile(string path)
    {
        if (Directory.Exists(path))
        {
            return ReadResult.Failure(path, "is a folder (give it to Read to read every file inside)");
        }

        if (!File.Exists(path))
        {
            return ReadResult.Failure(path, "no such file or folder");
        }

        try
        {
            // The size is checked before opening: an oversized file is never loaded, and a named pipe or
            // device (size 0) is never opened, so it cannot block the batch waiting for a writer.
            var length = new FileInfo(path).Length;
            if (length == 0)
            {
                return ReadResult.Failure(path, "file is empty");
            }

            if (length > _options.MaxBytes)
            {
                return ReadResult.Failure(path, TooLarge(length));
            }

            using var stream = _open(path);
            var bytes = ReadAtMost(stream, _options.MaxBytes + 1);
            return bytes.Length > _options.MaxBytes ? ReadResult.Failure(path, TooLarge(bytes.Length)) : ReadBytes(path, bytes);
        }
        catch (UnauthorizedAccessException)
        {
            return ReadResult.Failure(path, "cannot be read: permission denied");
        }
        catch (IOException e)
        {
            return ReadResult.Failure(path, "cannot be read: " + e.Message);
        }
    }

    /// <summary>Reads content already in memory; <paramref name="source"/> names it in errors and provenance.</summary>
    public ReadResult ReadBytes(string source, ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > _options.MaxBytes)
        {
            return ReadResult.Failure(source, TooLarge(bytes.Length));
        }

        try
        {
            return Clean(source, bytes);
        }
        catch (System.Text.RegularExpressions.RegexMatchTimeoutException)
        {
            // Every pattern has a time limit against hostile input; hitting it fails this page only.
            return ReadResult.Failure(source, "a line is too long or too unusual to clean in time");
        }
    }

    private ReadResult Clean(string source, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } error)
        {
            return ReadResult.Failure(source, error);
        }

        var text = MojibakeRepair.Repair(decoded.Text!, out _);
        if (ContentSniffer.IsHtml(text))
        {
            var (page, htmlError) = HtmlExtractor.Extract(source, text);
            if (page is null)
            {
                return ReadResult.Failure(source, htmlError!);
            }

            var fromHtml = _cleaner.Clean(source, page.Text, _options.Published, page.Hints);
            return fromHtml.IsDefaultOrEmpty
                ? ReadResult.Failure(source, "no article text found in the HTML page (no paragraph of sentences)")
                : ReadResult.Success(source, fromHtml);
        }

        var articles = _cleaner.Clean(source, text, _options.Published);
        return articles.IsDefaultOrEmpty
            ? ReadResult.Failure(source, "no article text found (no line reads as a sentence)")
            : ReadResult.Success(source, articles);
    }

    private string TooLarge(long length) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"file is {length / (1024.0 * 1024.0):0.0} MB, over the {_options.MaxBytes / (1024.0 * 1024.0):0.#} MB limit for one page (split it, or raise the limit)");

    private static byte[] ReadAtMost(Stream stream, long limit)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int n;
        while (buffer.Length < limit && (n = stream.Read(chunk, 0, (int)Math.Min(chunk.Length, limit - buffer.Length))) > 0)
        {
            buffer.Write(chunk, 0, n);
        }

        return buffer.ToArray();
    }

    /// <summary>Depth-first, entries in ordinal order; an unlistable folder is one failure and the walk goes on.</summary>
    private IEnumerable<ReadResult> ReadFolder(string folder)
    {
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var dir = pending.Pop();
            string[] entries;
            string? error = null;
            try
            {
                entries = Directory.GetFileSystemEntries(dir);
                Array.Sort(entries, StringComparer.Ordinal);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                entries = [];
                error = e is UnauthorizedAccessException ? "folder cannot be listed: permission denied" : "folder cannot be listed: " + e.Message;
            }

            if (error is not null)
            {
                yield return ReadResult.Failure(dir, error);
                continue;
            }

            var subfolders = new List<string>();
            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                {
                    continue; // hidden files and folders (.git, .DS_Store) are not articles
                }

                if (Directory.Exists(entry))
                {
                    // Symbolic links to folders are not followed: they can loop.
                    if (new DirectoryInfo(entry).LinkTarget is null)
                    {
                        subfolders.Add(entry);
                    }

                    continue;
                }

                yield return ReadFile(entry);
            }

            for (var i = subfolders.Count - 1; i >= 0; i--)
            {
                pending.Push(subfolders[i]);
            }
        }
    }
}
