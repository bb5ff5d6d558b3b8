using Chronicle.Core.Events.Text;
using Chronicle.Core.Model;

namespace Chronicle.Core.Events.Commitments;

/// <summary>
/// The state of a commitment as the article reports it, read from its sentence and the next one:
/// denied (the plan's action is denied) → agreed in principle ("in principle", "broadly agreed",
/// "needs a final go-ahead / green light / approval") → demanded (the action is demanded) → agreed
/// (an agreement or deal is reported) → announced → proposed (anything else: being drawn up,
/// under discussion, to be developed).
/// </summary>
internal static class CommitmentStates
{
    private static readonly WordSet Approval = WordSet.Of("go-ahead", "approval", "green", "endorsement", "ratification", "sign-off", "nod");
    private static readonly WordSet Pending = WordSet.Of("requires", "require", "needs", "need", "awaits", "await", "awaiting", "pending", "still", "yet");
    private static readonly WordSet Agreement = WordSet.Of("agreed", "agree", "agreement", "deal", "accord", "reached");
    private static readonly WordSet Announcement = WordSet.Of("announced", "announces", "announce", "unveiled", "declared");

    public static CommitmentState Read(DocumentView view, int first, int end, EventMention action)
    {
        if (action.Modality == Modality.Denied)
        {
            return CommitmentState.Denied;
        }

        bool inPrinciple = false, pending = false, approval = false, agreed = false, announced = false;
        for (var t = first; t < end; t++)
        {
            var w = view.Word(t);
            inPrinciple |= w is "principle" && view.Is(t - 1, "in") || w is "broadly" && view.Is(t + 1, "agreed");
            pending |= Pending.Contains(w);
            approval |= Approval.Contains(w);
            agreed |= Agreement.Contains(w);
            announced |= Announcement.Contains(w);
        }

        return inPrinciple || (pending && approval) ? CommitmentState.AgreedInPrinciple
            : action.Modality == Modality.Demanded ? CommitmentState.Demanded
            : agreed ? CommitmentState.Agreed
            : announced ? CommitmentState.Announced
            : CommitmentState.Proposed;
    }
}
