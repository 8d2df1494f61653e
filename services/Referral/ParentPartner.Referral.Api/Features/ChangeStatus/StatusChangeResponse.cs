using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ChangeStatus;

/// <summary>One step of a referral's status history (no "from" on the first: intake).</summary>
public sealed record StatusChangeResponse(Guid Id, Guid ReferralId, ReferralStatus? From, ReferralStatus To, DateTimeOffset ChangedAt, string ChangedBy, string? Reason, string? Note)
{
    public static StatusChangeResponse Of(StatusChange change) =>
        new(change.Id, change.ReferralId, change.From, change.To, change.ChangedAt, change.ChangedBy, change.Reason, change.Note);
}
