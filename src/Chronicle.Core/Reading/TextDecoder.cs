using System.Text;

namespace Chronicle.Core.Reading;

/// <summary>The text of an input, or why it is not text.</summary>
public readonly record struct DecodedText(string? Text, string? Error, string Encoding);

/// <summary>
/// Turns bytes into text: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252 when the
/// bytes are not valid UTF-8. Refuses empty and binary content (NUL bytes, known image/archive magic).
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            return new DecodedText(null, "file is empty", "none");
        }

        if (bytes.StartsWith([(byte)0xEF, (byte)0xBB, (byte)0xBF]))
        {
            return Utf8(bytes[3..]);
        }

        if (bytes.StartsWith([(byte)0xFF, (byte)0xFE]))
        {
            return Checked(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        }

        if (bytes.StartsWith([(byte)0xFE, (byte)0xFF]))
        {
            return Checked(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        }

        if (BinarySignature(bytes) is { } kind)
        {
            return new DecodedText(null, $"binary content ({kind}), not text or HTML", "none");
        }

        if (bytes[..Math.Min(bytes.Length, 8192)].Contains((byte)0))
        {
            return new DecodedText(null, "binary content (NUL bytes), not text or HTML", "none");
        }

        return Utf8(bytes);
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return Checked(StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: old pages are mostly Windows-1252, which maps every byte.
            return Checked(Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }

    private static DecodedText Checked(string text, string encoding) =>
        string.IsNullOrWhiteSpace(text)
            ? new DecodedText(null, "file holds only whitespace", encoding)
            : new DecodedText(text, null, encoding);

    private static string? BinarySignature(ReadOnlySpan<byte> b) =>
        b.StartsWith([(byte)0x89, (byte)'P', (byte)'N', (byte)'G']) ? "PNG image"
        : b.StartsWith([(byte)0xFF, (byte)0xD8, (byte)0xFF]) ? "JPEG image"
        : b.StartsWith("GIF8"u8) ? "GIF image"
        : b.StartsWith("%PDF"u8) ? "PDF document"
        : b.StartsWith([(byte)'P', (byte)'K', (byte)3, (byte)4]) ? "ZIP archive"
        : b.StartsWith([(byte)0x1F, (byte)0x8B]) ? "gzip archive"
        : null;
}
