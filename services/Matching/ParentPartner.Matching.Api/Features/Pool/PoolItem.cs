namespace ParentPartner.Matching.Api.Features.Pool;

/// <summary>A support parent in the program's matching pool.</summary>
/// <param name="SupportParentId">The support parent.</param>
/// <param name="Certified">Whether they are certified (only certified ones are matched).</param>
/// <param name="ActiveMatches">Families they carry now.</param>
/// <param name="MaxCaseload">Families they may carry at once.</param>
/// <param name="RemainingCapacity">Families they may still take (never below 0).</param>
public sealed record PoolItem(Guid SupportParentId, bool Certified, int ActiveMatches, int MaxCaseload, int RemainingCapacity);
