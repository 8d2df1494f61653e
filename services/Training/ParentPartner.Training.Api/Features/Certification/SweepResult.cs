namespace ParentPartner.Training.Api.Features.Certification;

/// <summary>What one sweep changed.</summary>
public sealed record SweepResult(DateTimeOffset RanAt, int Programs, int Certified, int Lapsed, int Restored);
