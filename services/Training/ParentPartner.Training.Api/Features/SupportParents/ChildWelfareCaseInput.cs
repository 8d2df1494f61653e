using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

public sealed record ChildWelfareCaseInput
{
    /// <summary>When the case was resolved (closed); eligibility counts from here.</summary>
    public DateOnly? ResolvedOn { get; init; }

    /// <summary>The stages they lived through, for matching with families at those stages.</summary>
    public List<CaseStage>? Stages { get; init; }
}
