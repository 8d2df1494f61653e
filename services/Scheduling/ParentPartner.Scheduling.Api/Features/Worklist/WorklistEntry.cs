using ParentPartner.Scheduling.Api.Features.Plans;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

/// <summary>An open plan item on the coordinator's worklist, with whose match it is and in which program.</summary>
/// <param name="Item">The open plan item.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="ReferralId">The family's referral.</param>
/// <param name="SupportParentId">The support parent of the match.</param>
public sealed record WorklistEntry(PlanItemResponse Item, string ProgramId, Guid ReferralId, Guid SupportParentId);
