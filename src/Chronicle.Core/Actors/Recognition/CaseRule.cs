namespace Chronicle.Core.Actors.Recognition;

/// <summary>How a piece of an alias constrains the case of the text it matches.</summary>
public enum CaseRule : byte
{
    /// <summary>Lowercase in the alias ("in", "of", "al"): any case matches.</summary>
    Any,
    /// <summary>Capitalised in the alias: the text must be capitalised (or all caps).</summary>
    Capital,
    /// <summary>An all-caps acronym ("US", "IS", "PKK"): the text must be all caps too ("us" and "Is" are words).</summary>
    Upper,
}
