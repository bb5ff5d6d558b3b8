using System.Text;

namespace Chronicle.Core.Reading;

/// <summary>
/// Repairs UTF-8 text that was decoded as Windows-1252 (once or twice) before it reached us: "FranÃ§ois" → "François",
/// "itâ€™s" → "it’s". Scraped pages carry this often; left alone it breaks names ("FranÃÂ§ois Hollande" is no name
/// the actors stage can match) and quotation marks. A sequence is rewritten only when its characters, read back as
/// Windows-1252 bytes, form one valid multi-byte UTF-8 character, so ordinary accented text is never touched.
/// </summary>
public static class MojibakeRepair
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Windows-1252 characters in the 0x80–0x9F range, by the byte they stand for.</summary>
    private static readonly Dictionary<char, byte> Cp1252High = BuildCp1252High();

    /// <summary>The repaired text (the same instance when nothing needed repair) and how many characters were repaired.</summary>
    public static string Repair(string text, out int repaired)
    {
        repaired = 0;
        for (var pass = 0; pass < 3; pass++)
        {
            if (text.AsSpan().IndexOfAnyInRange('\u00C2', '\u00F4') < 0)
            {
                break;
            }

            var next = RepairOnce(text, out var count);
            if (count == 0)
            {
                break;
            }

            repaired += count;
            text = next;
        }

        return text;
    }

    private static string RepairOnce(string text, out int count)
    {
        count = 0;
        StringBuilder? sb = null;
        var copiedUpTo = 0;
        Span<byte> bytes = stackalloc byte[4];
        Span<char> decoded = stackalloc char[2];
        for (var i = 0; i < text.Length; i++)
        {
            var lead = text[i];
            if (lead is < '\u00C2' or > '\u00F4')
            {
                continue;
            }

            var continuation = lead >= '\u00F0' ? 3 : lead >= '\u00E0' ? 2 : 1;
            if (i + continuation >= text.Length)
            {
                continue;
            }

            bytes[0] = (byte)lead;
            var ok = true;
            for (var k = 1; k <= continuation && ok; k++)
            {
                var b = ToByte(text[i + k]);
                ok = b is >= 0x80 and <= 0xBF; // a UTF-8 continuation byte
                bytes[k] = b ?? 0;
            }

            if (!ok || !TryDecode(bytes[..(continuation + 1)], decoded, out var written))
            {
                continue;
            }

            sb ??= new StringBuilder(text.Length);
            sb.Append(text, copiedUpTo, i - copiedUpTo).Append(decoded[..written]);
            copiedUpTo = i + continuation + 1;
            i += continuation;
            count++;
        }

        return sb is null ? text : sb.Append(text, copiedUpTo, text.Length - copiedUpTo).ToString();
    }

    private static bool TryDecode(ReadOnlySpan<byte> bytes, Span<char> into, out int written)
    {
        try
        {
            written = StrictUtf8.GetChars(bytes, into);
            return written > 0;
        }
        catch (DecoderFallbackException)
        {
            written = 0;
            return false;
        }
    }

    /// <summary>The Windows-1252 byte a character stands for, or null when it has none.</summary>
    private static byte? ToByte(char c) =>
        c <= '\u00FF' ? (byte)c : Cp1252High.TryGetValue(c, out var b) ? b : null;

    private static Dictionary<char, byte> BuildCp1252High()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp1252 = Encoding.GetEncoding(1252);
        var map = new Dictionary<char, byte>();
        for (var b = 0x80; b <= 0x9F; b++)
        {
            var s = cp1252.GetString([(byte)b]);
            if (s.Length == 1 && s[0] != (char)b && s[0] != '\uFFFD')
            {
                map[s[0]] = (byte)b;
            }
        }

        return map;
    }
}
