namespace ParentPartner.DemoSeed.Referrals;

/// <summary>The body of POST /api/referrals.</summary>
public sealed record ReferralRequest(
    string ProgramId,
    string Source,
    Referrer? Referrer,
    Parent Parent,
    Consent Consent,
    Child? Child = null,
    CaseDetails? Case = null,
    Needs? Needs = null);
