namespace Chronicle.Core.Actors.Text;

/// <summary>
/// Folds a letter to lowercase ASCII where a Latin transliteration has an obvious base letter
/// ("é" → 'e', "ğ" → 'g', "ḥ" → 'h', "ı" → 'i'), so "Erdoğan" and "Erdogan" share one key.
/// Marks that carry no letter in transliteration (apostrophes, ʿayn, hamza, dots of acronyms) fold to '\0'
/// and are dropped. A hand table instead of Unicode decomposition: the process runs with invariant
/// globalization and this is on the hot path.
/// </summary>
internal static class CharFolding
{
    public static char Fold(char c)
    {
        if (c < 128)
        {
            return c switch
            {
                >= 'A' and <= 'Z' => (char)(c + 32),
                '\'' or '`' or '.' => '\0',
                _ => c,
            };
        }

        return c switch
        {
            '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '\u00B4' => '\0',
            'à' or 'á' or 'â' or 'ã' or 'ä' or 'å' or 'ā' or 'ă' or 'ą' or 'À' or 'Á' or 'Â' or 'Ã' or 'Ä' or 'Å' or 'Ā' => 'a',
            'ç' or 'ć' or 'č' or 'Ç' or 'Ć' or 'Č' => 'c',
            'ď' or 'ḍ' or 'Ď' or 'Ḍ' => 'd',
            'è' or 'é' or 'ê' or 'ë' or 'ē' or 'ė' or 'ę' or 'ě' or 'È' or 'É' or 'Ê' or 'Ë' or 'Ē' => 'e',
            'ğ' or 'Ğ' => 'g',
            'ḥ' or 'Ḥ' => 'h',
            'ì' or 'í' or 'î' or 'ï' or 'ī' or 'ı' or 'İ' or 'Ì' or 'Í' or 'Î' or 'Ï' or 'Ī' => 'i',
            'ñ' or 'ń' or 'ň' or 'Ñ' => 'n',
            'ò' or 'ó' or 'ô' or 'õ' or 'ö' or 'ø' or 'ō' or 'Ò' or 'Ó' or 'Ô' or 'Õ' or 'Ö' or 'Ø' or 'Ō' => 'o',
            'ř' or 'Ř' => 'r',
            'ş' or 'š' or 'ś' or 'ṣ' or 'Ş' or 'Š' or 'Ś' or 'Ṣ' => 's',
            'ţ' or 'ť' or 'ṭ' or 'Ţ' or 'Ť' or 'Ṭ' => 't',
            'ù' or 'ú' or 'û' or 'ü' or 'ū' or 'ů' or 'Ù' or 'Ú' or 'Û' or 'Ü' or 'Ū' => 'u',
            'ý' or 'ÿ' or 'Ý' => 'y',
            'ž' or 'ź' or 'ż' or 'ẓ' or 'Ž' or 'Ź' or 'Ż' or 'Ẓ' => 'z',
            'ß' => 's',
            _ => char.ToLowerInvariant(c),
        };
    }

    /// <summary>Apostrophe-like characters that may sit inside a transliterated name ("Kata'ib", "Kata’ib").</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '\u02BF' or '\u02BE' or '`';

    /// <summary>Hyphen-like joiners of compounds and names ("al-Sudani", "US–Iraq").</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011' or '\u2013';
}
