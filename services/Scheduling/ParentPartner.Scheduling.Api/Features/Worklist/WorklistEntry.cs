using ParentPartner.Scheduling.Api.Features.Plans;

namespace ParentPartner.Scheduling.Api.Features.Worklist;

/// <summary>An open plan item on the coordinator's worklist, with whose match it is.</summary>
public sealed record WorklistEntry(PlanItemResponse Item, Guid ReferralId, Guid SupportParentId);
