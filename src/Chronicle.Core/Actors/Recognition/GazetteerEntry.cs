namespace Chronicle.Core.Actors.Recognition;

/// <summary>What a gazetteer phrase stands for: an actor (by index into the catalog), or a role title.</summary>
public sealed record GazetteerEntry(int Target, bool IsCanonical, CaseRule[] Cases, int Pieces);
