namespace ParentPartner.Training.Api.Jobs;

/// <summary>What one sweep changed.</summary>
public sealed record CertificationSweepResult(DateTimeOffset RanAt, int Programs, int Certified, int Lapsed, int Restored);
