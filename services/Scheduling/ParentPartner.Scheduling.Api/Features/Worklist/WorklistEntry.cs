using ParentPartner.Scheduling.Api.Features.Plans;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

/// <summary>An open plan item on the coordinator's worklist, with whose match it is and in which program.</summary>
public sealed record WorklistEntry(PlanItemResponse Item, string ProgramId, Guid ReferralId, Guid SupportParentId);
