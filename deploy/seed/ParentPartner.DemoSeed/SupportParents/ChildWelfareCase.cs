using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>A parent partner's own child-welfare case: when it was resolved (eligibility counts from then) and the stages they lived through.</summary>
public sealed record ChildWelfareCase(DateOnly ResolvedOn, CaseStage[] Stages);
