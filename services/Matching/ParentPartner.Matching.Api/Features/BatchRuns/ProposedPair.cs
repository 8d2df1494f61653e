namespace ParentPartner.Matching.Api.Features.BatchRuns;

/// <summary>One pair a batch run proposes (nothing is offered until a coordinator acts).</summary>
/// <param name="ReferralId">The referral.</param>
/// <param name="SupportParentId">The support parent proposed for it.</param>
/// <param name="Score">The pair's score, 0-100 (two decimals).</param>
public sealed record ProposedPair(Guid ReferralId, Guid SupportParentId, decimal Score);
