namespace ParentPartner.DemoSeed.Referrals;

public sealed record Consent(DateTimeOffset GivenAt, string Scope);
