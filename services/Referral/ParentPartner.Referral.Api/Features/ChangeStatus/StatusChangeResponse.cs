using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ChangeStatus;

/// <summary>One step of a referral's status history (no "from" on the first: intake).</summary>
/// <param name="Id">The change's id.</param>
/// <param name="ReferralId">The referral that changed.</param>
/// <param name="From">The status before; null for the first one.</param>
/// <param name="To">The status after.</param>
/// <param name="ChangedAt">When it changed.</param>
/// <param name="ChangedBy">Who changed it (a user, or the service whose event changed it).</param>
/// <param name="Reason">The reason code, when one was given (withdrawals, closures).</param>
/// <param name="Note">The coordinator's note, when one was given.</param>
public sealed record StatusChangeResponse(Guid Id, Guid ReferralId, ReferralStatus? From, ReferralStatus To, DateTimeOffset ChangedAt, string ChangedBy, string? Reason, string? Note)
{
    public static StatusChangeResponse Of(StatusChange change) =>
        new(change.Id, change.ReferralId, change.From, change.To, change.ChangedAt, change.ChangedBy, change.Reason, change.Note);
}
