using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ListReferrals;

/// <summary>One line of a coordinator's work queue: enough to pick the family out, with how long it has waited.</summary>
/// <param name="Id">The referral's id.</param>
/// <param name="ProgramId">The program it belongs to.</param>
/// <param name="Source">Who referred the family.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="StatusChangedAt">When its status last changed.</param>
/// <param name="HoursInStatus">Hours since its status last changed (one decimal).</param>
/// <param name="ParentFirstName">The parent's first name; null once personal data is erased.</param>
/// <param name="ParentLastName">The parent's last name; null once personal data is erased.</param>
/// <param name="County">The family's county; null once personal data is erased.</param>
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
