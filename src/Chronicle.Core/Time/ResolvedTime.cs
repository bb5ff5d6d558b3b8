using Chronicle.Core.Model;
using Chronicle.Core.Time.Values;

namespace Chronicle.Core.Time;

/// <summary>A resolved expression: its typed value, TIMEX3 type, modifier, confidence and what it was anchored to.</summary>
internal readonly record struct ResolvedTime(TemporalValue Value, TimexType Type, TimexMod? Mod, double Confidence, string? Anchor);
