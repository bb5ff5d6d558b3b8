using Chronicle.Core.Model;

namespace Chronicle.Core.Attribution;

/// <summary>An attribution while the stage builds it: spans first, then speaker resolution, venue and chain.</summary>
internal sealed class Draft
{
    public TextSpan Content { get; set; }

    public TextSpan Cue { get; init; }

    /// <summary>Where the speaker is named in this sentence; null for passives and carried-over quotes.</summary>
    public TextSpan? SpeakerSpan { get; set; }

    public bool Direct { get; set; }

    public int Sentence { get; init; }

    public double Confidence { get; init; }

    public CueKind Kind { get; init; }

    /// <summary>A quotation with no cue of its own, continuing the previous speaker's quote.</summary>
    public Draft? ContinuationOf { get; init; }

    /// <summary>"told X": the person or outlet addressed, when the cue names one.</summary>
    public TextSpan? Recipient { get; init; }

    public string? Venue { get; set; }

    public List<string> Via { get; } = [];

    public SpeakerInfo? Speaker { get; set; }

    /// <summary>The cue follows its content ("…, he added") or frames it ("according to X, …"): cues inside are reported words.</summary>
    public bool Frames { get; init; }

    /// <summary>A noun cue ("questions about", "her criticism of"): inside another report's content it is part of the reported words.</summary>
    public bool Nominal { get; init; }

    /// <summary>A transcript turn ("PENCE: …"): kept before quotations, whose marks are often unbalanced in transcripts.</summary>
    public bool Turn { get; init; }
}

/// <summary>
/// Who a draft's speaker turned out to be after resolution. <see cref="NotPerson"/>: a state, government, group, outlet
/// or organisation (a "he" or "she" never refers back to it). <see cref="OnePerson"/>: one named or described person
/// (a "they" never refers back to it).
/// </summary>
internal sealed record SpeakerInfo(string? Name, string? Description, string? ActorId, string? Affiliation, bool Anonymous, bool IsPronoun)
{
    public bool NotPerson { get; init; }

    public bool OnePerson { get; init; }

    /// <summary>What the phrase, or an earlier phrase for the same name, says of the speaker's gender (see <see cref="GenderCues"/>).</summary>
    public SpeakerGender Gender { get; init; }
}
