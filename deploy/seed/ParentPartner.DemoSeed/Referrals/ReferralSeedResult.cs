namespace ParentPartner.DemoSeed.Referrals;

public sealed record ReferralSeedResult(int Submitted, int StatusChanges, string Summary);
