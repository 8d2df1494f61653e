using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features;

/// <summary>A referral as its program's staff see it.</summary>
public sealed record ReferralResponse(
    Guid Id,
    string ProgramId,
    ReferralSource Source,
    ReferralStatus Status,
    DateTimeOffset ReceivedAt,
    ReferralResponse.ParentView Parent,
    ReferralResponse.ConsentView Consent)
{
    public static ReferralResponse From(Domain.Referral referral) => new(
        referral.Id,
        referral.ProgramId,
        referral.Source,
        referral.Status,
        referral.ReceivedAt,
        new ParentView(referral.Parent.FirstName, referral.Parent.LastName, referral.Parent.Email, referral.Parent.Phone, referral.Parent.PreferredLanguages, referral.Parent.County),
        new ConsentView(referral.Consent.GivenAt, referral.Consent.Scope, referral.Consent.RevokedAt));

    public sealed record ParentView(string FirstName, string LastName, string? Email, string? Phone, IReadOnlyList<string> PreferredLanguages, string? County);

    public sealed record ConsentView(DateTimeOffset GivenAt, string Scope, DateTimeOffset? RevokedAt);
}
