namespace ParentPartner.DemoSeed.Referrals;

public sealed record Referrer(string Organisation, string Contact);
