using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>The support parent's own child-welfare case: when it was resolved and the stages they lived through.</summary>
public sealed record ChildWelfareCaseInput
{
    /// <summary>When the case was resolved (closed); eligibility counts from here.</summary>
    public DateOnly? ResolvedOn { get; init; }

    /// <summary>The stages they lived through, for matching with families at those stages.</summary>
    public List<CaseStage>? Stages { get; init; }
}
