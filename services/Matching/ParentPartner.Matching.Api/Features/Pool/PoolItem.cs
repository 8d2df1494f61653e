namespace ParentPartner.Matching.Api.Features.Pool;

public sealed record PoolItem(Guid SupportParentId, bool Certified, int ActiveMatches, int MaxCaseload, int RemainingCapacity);
