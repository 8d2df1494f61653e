using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ListReferrals;

/// <summary>One line of a coordinator's work queue: enough to pick the family out, with how long it has waited.</summary>
public sealed record ReferralListItem(
    Guid Id,
    string ProgramId,
    ReferralSource Source,
    ReferralStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StatusChangedAt,
    double HoursInStatus,
    string? ParentFirstName,
    string? ParentLastName,
    string? County)
{
    public static ReferralListItem From(Domain.Referral referral, DateTimeOffset now) => new(
        referral.Id,
        referral.ProgramId,
        referral.Source,
        referral.Status,
        referral.ReceivedAt,
        referral.StatusChangedAt,
        Math.Round((now - referral.StatusChangedAt).TotalHours, 1),
        referral.Parent.FirstName,
        referral.Parent.LastName,
        referral.Parent.County);
}
