namespace Chronicle.Core.Time.TimeMl;

/// <summary>Precision, recall and F1 from counts.</summary>
public readonly record struct Prf(int Correct, int System, int Gold)
{
    public double Precision => System == 0 ? 0 : (double)Correct / System;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Prf operator +(Prf a, Prf b) => new(a.Correct + b.Correct, a.System + b.System, a.Gold + b.Gold);
}

/// <summary>TempEval-3 timex scores: strict and relaxed extents, and type and value over relaxed matches.</summary>
public readonly record struct TimeMlScore(Prf Strict, Prf Relaxed, Prf Type, Prf Value)
{
    public static TimeMlScore operator +(TimeMlScore a, TimeMlScore b) =>
        new(a.Strict + b.Strict, a.Relaxed + b.Relaxed, a.Type + b.Type, a.Value + b.Value);
}
