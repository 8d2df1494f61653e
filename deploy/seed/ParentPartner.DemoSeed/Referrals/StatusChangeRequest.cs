namespace ParentPartner.DemoSeed.Referrals;

/// <summary>The body of POST /api/referrals/{id}/status-changes.</summary>
public sealed record StatusChangeRequest(ReferralStatus Status, string? Reason = null, string[]? InformationGiven = null);
