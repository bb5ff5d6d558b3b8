using System.Collections.Immutable;
using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Claims;

/// <summary>
/// The "claims" stage: numeric claims with their unit, approximation, what they count, where, as
/// of when and who claims it. "approximately 2,500 troops in Iraq and 900 in neighbouring Syria"
/// gives two claims, the second inheriting "troops" and the approximation. Casualty words around
/// the count join what is counted ("the killing of three soldiers" → "soldiers killed").
/// </summary>
public sealed class ClaimExtractor : IAnnotator
{
    private const int MaxModifiers = 4;
    private const int PlaceReach = 3;

    public string Name => "claims";

    public AnnotatedArticle Annotate(AnnotatedArticle article)
    {
        var view = new DocumentView(article);
        var claims = ImmutableArray.CreateBuilder<NumericClaim>();
        for (var s = 0; s < article.Sentences.Length; s++)
        {
            Extract(new SentenceFrame(view, s), claims);
        }

        return article with { Claims = claims.ToImmutable() };
    }

    private static void Extract(SentenceFrame frame, ImmutableArray<NumericClaim>.Builder into)
    {
        var view = frame.View;
        List<PlaceAt>? places = null;
        NumericClaim? previous = null;
        var previousEnd = -1;
        for (var t = frame.First; t < frame.End; t++)
        {
            if (!Quantities.TryRead(view, t, frame.End, out var q))
            {
                continue;
            }

            var unitAt = FindUnit(view, q.Last + 1, frame.End, out var known);
            string unit;
            string modifiers;
            var approx = q.Approx;
            double confidence;
            if (unitAt >= 0)
            {
                unit = view.Word(unitAt).ToString();
                modifiers = unitAt > q.Last + 1 ? view.Text[view.Tokens[q.Last + 1].Span.Start..view.Tokens[unitAt - 1].Span.End] : "";
                confidence = known ? 0.8 : 0.6;
            }
            else if (previous is not null && t - previousEnd <= 3 && view.Word(q.Last + 1) is "in" or "at" or "across" or "on")
            {
                // "… 2,500 troops in Iraq and 900 in Syria": the second count borrows the first's unit.
                unit = previous.Unit;
                modifiers = "";
                approx |= previous.Approx;
                unitAt = q.Last;
                confidence = 0.6;
            }
            else
            {
                continue;
            }

            if (!known && unitAt > q.Last && view.Tokens[q.First].Kind == TokenKind.Number && IsYearLike(view.Word(q.First)))
            {
                continue; // "in 2014 forces …": a year, not a count
            }

            places ??= PlaceFinder.Find(frame, frame.First, frame.End);
            var place = places.FirstOrDefault(p => p.First > unitAt && p.First <= unitAt + PlaceReach + 1);
            var casualty = Casualty(view, q.First, unitAt);
            var about = string.Join(' ', new[] { modifiers, unit, casualty, place is null ? null : "in " + place.Name }.Where(x => !string.IsNullOrEmpty(x)));
            var spanStart = view.Tokens[q.First].Span.Start;
            var spanEnd = view.Tokens[place?.Last ?? unitAt].Span.End;
            var claim = new NumericClaim(
                new TextSpan(spanStart, spanEnd),
                q.Value,
                approx,
                q.Vague,
                unit,
                about,
                place?.Name,
                Time(frame, q.First),
                AttributionLookup.For(frame, q.First).ClaimedBy,
                confidence);
            into.Add(claim);
            previous = claim;
            previousEnd = place?.Last ?? unitAt;
            t = previousEnd;
        }
    }

    /// <summary>The counted noun after the number, across up to four modifiers ("U.S.", "American", "combat"); -1 if none.</summary>
    private static int FindUnit(DocumentView view, int t, int end, out bool known)
    {
        known = false;
        for (var k = t; k < end && k <= t + MaxModifiers; k++)
        {
            if (Units.IsUnitCandidate(view, k, out known))
            {
                return k;
            }

            if (!(Units.Modifiers.Contains(view.Word(k)) || view.IsNamePart(k) || view.Word(k).Contains('-')))
            {
                return -1;
            }
        }

        return -1;
    }

    private static string? Casualty(DocumentView view, int first, int unit)
    {
        static string? Kind(ReadOnlySpan<char> w) => w switch
        {
            "killing" or "killed" or "kills" or "kill" or "deaths" => "killed",
            "wounded" or "wounding" or "injured" or "injuring" => "wounded",
            _ => null,
        };

        var before = first > 0 ? Kind(view.Word(first - 1)) : null;
        before ??= first > 1 && view.Is(first - 1, "of") ? Kind(view.Word(first - 2)) : null;
        return before ?? (unit + 1 < view.Tokens.Length ? Kind(view.Word(unit + 1)) : null);
    }

    private static bool IsYearLike(ReadOnlySpan<char> w) => w.Length == 4 && (w.StartsWith("19") || w.StartsWith("20"));

    private static TimeValue? Time(SentenceFrame frame, int token)
    {
        var at = frame.View.Tokens[token].Span.Start;
        return frame.View.TimesIn(frame.Span)
            .Where(t => t.Type is TimexType.Date or TimexType.Time)
            .OrderBy(t => Math.Abs(t.Span.Start - at))
            .FirstOrDefault()?.Value;
    }
}
