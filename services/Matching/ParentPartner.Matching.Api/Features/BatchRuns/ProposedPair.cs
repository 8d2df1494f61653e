namespace ParentPartner.Matching.Api.Features.BatchRuns;

public sealed record ProposedPair(Guid ReferralId, Guid SupportParentId, decimal Score);
