namespace ParentPartner.DemoSeed.Referrals;

/// <summary>One invented family's referral, and how far screening takes it.</summary>
public sealed record DemoReferral(int Index, ReferralRequest Body, ScreeningDecision Screening)
{
    /// <summary>What the referral list shows of it, to find it again on a later run.</summary>
    public (string?, string?, string?) Key => (Body.Parent.FirstName, Body.Parent.LastName, Body.Parent.County);
}
