using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Commitments;

/// <summary>
/// The state of a commitment as the article reports it, read from its sentence and the next one:
/// missed ("the deadline passed", "missed") → met (the action is told as done: "completing the first
/// stage") → demanded (its completion is wanted: "wants the process completed by …") → denied (the plan's action is denied) → agreed in principle ("in principle", "broadly agreed",
/// "needs a final go-ahead / green light / approval") → demanded (the action is demanded) → agreed
/// (an agreement or deal is reported) → proposed (being drawn up, under discussion, to be developed)
/// → announced (announced, or a plan stated by its maker: "will leave by June, the commander said",
/// unless it is told as expected: "officials said they expected the handover to start …")
/// → proposed (anything else).
/// </summary>
internal static class CommitmentStates
{
    private static readonly WordSet Approval = WordSet.Of("go-ahead", "approval", "green", "endorsement", "ratification", "sign-off", "nod");
    private static readonly WordSet Pending = WordSet.Of("requires", "require", "needs", "need", "awaits", "await", "awaiting", "pending", "still", "yet");
    private static readonly WordSet Agreement = WordSet.Of("agreed", "agree", "agreement", "deal", "accord", "reached");
    private static readonly WordSet Announcement = WordSet.Of("announced", "announces", "announce", "unveiled", "declared");

    private static readonly WordSet ProposalWords = WordSet.Of(
        "formulated", "formulating", "drafted", "drafting", "proposed", "proposal", "proposes", "develop", "developing", "discuss",
        "discussing", "negotiating", "considering", "studying", "drawn", "suggested", "mooted");

    private static readonly WordSet StatementWords = WordSet.Of("said", "says", "announced", "stated", "confirmed", "declared", "told");

    private static readonly WordSet MissedWords = WordSet.Of("missed", "passed", "expired", "lapsed", "overdue", "failed");
    private static readonly WordSet MetWords = WordSet.Of("completed", "completing", "completes", "met", "fulfilled", "fulfilling", "ahead");

    // "wanted the process completed by the end of the year": a completion someone wants is demanded, not done.
    private static readonly WordSet Wanting = WordSet.Of("want", "wants", "wanted", "wanting", "demand", "demands", "demanded", "insist", "insists", "insisted", "urged", "urges");
    private const int WantReach = 3;

    // "they expected the handover to start within three months", "is expected to present its report": a forecast of the
    // plan, not its announcement by the one who makes it.
    private static readonly WordSet Expectation = WordSet.Of("expect", "expects", "expected", "expecting", "anticipate", "anticipates", "anticipated");

    /// <summary>
    /// The state from the sentence [first, end); the next sentence, up to <paramref name="nextEnd"/>, may add a
    /// pending approval. Agreement and proposal words count from <paramref name="agreementFrom"/> on (the plan's
    /// own clause when another clause tells a different agreement or discussion).
    /// </summary>
    public static CommitmentState Read(DocumentView view, int first, int end, int nextEnd, EventMention action, int agreementFrom = 0)
    {
        bool inPrinciple = false, pending = false, approval = false, agreed = false, announced = false, missed = false, met = false;
        bool proposal = false, statement = false, wantedDone = false, expected = false;
        var trigger = view.TokenAt(action.Trigger.Start);
        for (var t = first; t < nextEnd; t++)
        {
            var w = view.Word(t);
            inPrinciple |= w is "principle" && view.Is(t - 1, "in") || w is "broadly" && view.Is(t + 1, "agreed");
            pending |= Pending.Contains(w);
            approval |= Approval.Contains(w);
            if (t < end)
            {
                agreed |= t >= agreementFrom && Agreement.Contains(w);
                announced |= Announcement.Contains(w);
                missed |= MissedWords.Contains(w);
                if (MetWords.Contains(w))
                {
                    var wanted = WantedBefore(view, t, first);
                    wantedDone |= wanted;
                    met |= !wanted;
                }

                expected |= t < trigger && Expectation.Contains(w);
                proposal |= t >= agreementFrom && ProposalWords.Contains(w);
                statement |= StatementWords.Contains(w);
            }
        }

        return missed ? CommitmentState.Missed
            : met && action.Modality == Modality.Occurred ? CommitmentState.Met
            : wantedDone && action.Modality is not Modality.Denied ? CommitmentState.Demanded
            : action.Modality == Modality.Denied ? CommitmentState.Denied
            : inPrinciple || (pending && approval) ? CommitmentState.AgreedInPrinciple
            : action.Modality == Modality.Demanded ? CommitmentState.Demanded
            : agreed ? CommitmentState.Agreed
            : proposal ? CommitmentState.Proposed
            : announced || (statement && !expected && action.Modality == Modality.Planned) ? CommitmentState.Announced
            : CommitmentState.Proposed;
    }

    private static bool WantedBefore(DocumentView view, int t, int first)
    {
        for (var k = t - 1; k >= first && k >= t - WantReach; k--)
        {
            if (Wanting.Contains(view.Word(k)))
            {
                return true;
            }
        }

        return false;
    }
}
