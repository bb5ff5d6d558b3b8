using Chronicle.Core.Model;

namespace Chronicle.Core.Actors.Recognition;

/// <summary>A capitalised span that no curated name covers: pieces [First, End) (NamePieces of them not articles), its guessed kind and how sure.</summary>
internal readonly record struct NameRun(int First, int End, int NamePieces, ActorKind Kind, double Confidence)
{
    /// <summary>A curated mention this name swallows ("Basra" in "Basra Water Commission"); removed when the run is added.</summary>
    public Candidate? Absorbs { get; init; }
}
