namespace ParentPartner.DemoSeed.Referrals;

/// <summary>What GET /api/referrals shows of a referral.</summary>
public sealed record ListedReferral(Guid Id, ReferralStatus Status, string? ParentFirstName, string? ParentLastName, string? County)
{
    public (string?, string?, string?) Key => (ParentFirstName, ParentLastName, County);
}
