using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Settings;

/// <summary>The body of PUT /api/referrals/programs/{id}: registers the program with referral.</summary>
public sealed record ReferralProgramRequest(string Name, ProgramKind Kind, string TimeZone, bool AcceptingSelfReferrals);
