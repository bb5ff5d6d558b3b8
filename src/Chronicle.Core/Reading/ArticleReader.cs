using System.Collections.Immutable;
using Chronicle.Core.Cleaning;

namespace Chronicle.Core.Reading;

/// <summary>
/// Reads files and folders (recursively) into cleaned articles. Each input yields one
/// <see cref="ReadResult"/>: its articles, or one clear reason it could not be read.
/// </summary>
public sealed class ArticleReader(ReadOptions options)
{
    private readonly ArticleCleaner _cleaner = new();

    /// <summary>Expands folders to their files (sorted, recursive) and reads each one.</summary>
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
        if (!File.Exists(path))
        {
            return ReadResult.Failure(path, "no such file or folder");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > options.MaxBytes)
            {
                return ReadResult.Failure(path, $"file is {length / (1024.0 * 1024.0):0.0} MB, over the {options.MaxBytes / (1024 * 1024)} MB limit for one article");
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ReadResult.Failure(path, "cannot be read: " + e.Message);
        }

        return ReadBytes(path, bytes);
    }

    /// <summary>Reads content already in memory; <paramref name="source"/> names it in errors and provenance.</summary>
    public ReadResult ReadBytes(string source, ReadOnlySpan<byte> bytes)
    {
        var decoded = TextDecoder.Decode(bytes);
        if (decoded.Error is { } error)
        {
            return ReadResult.Failure(source, error);
        }

        var articles = _cleaner.Clean(source, decoded.Text!, options.Published);
        return articles.IsDefaultOrEmpty
            ? ReadResult.Failure(source, "no article text found")
            : ReadResult.Success(source, articles);
    }

    private IEnumerable<ReadResult> ReadFolder(string folder)
    {
        IEnumerable<string> files;
        string? error = null;
        try
        {
            files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = false, AttributesToSkip = FileAttributes.Hidden })
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            files = [];
            error = "folder cannot be listed: " + e.Message;
        }

        if (error is not null)
        {
            yield return ReadResult.Failure(folder, error);
            yield break;
        }

        foreach (var file in files)
        {
            yield return ReadFile(file);
        }
    }
}
