namespace ParentPartner.Training.Api.Jobs;

/// <summary>What one sweep changed.</summary>
/// <param name="RanAt">When the sweep ran (UTC).</param>
/// <param name="Programs">Programs swept.</param>
/// <param name="Certified">Support parents newly certified.</param>
/// <param name="Lapsed">Certifications lapsed for an overdue supplemental course.</param>
/// <param name="Restored">Lapsed certifications restored: nothing is overdue any more (course completed or retired, or a wider due window).</param>
public sealed record CertificationSweepResult(DateTimeOffset RanAt, int Programs, int Certified, int Lapsed, int Restored);
