using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Referrals;

/// <summary>Child welfare: where the family's case stands.</summary>
public sealed record CaseDetails(CaseStage Stage);
