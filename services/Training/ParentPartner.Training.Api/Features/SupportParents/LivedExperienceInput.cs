namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>What the support parent lived through themselves, which matching compares with a family's needs.</summary>
public sealed record LivedExperienceInput
{
    /// <summary>Kebab-case categories of a child's condition the parent has lived with (P2P), e.g. autism, down-syndrome.</summary>
    public List<string?>? ConditionCategories { get; init; }

    /// <summary>Year of birth of the child this experience is about (a year, not an age, so it stays true); optional.</summary>
    public int? ChildBirthYear { get; init; }

    /// <summary>Their own child-welfare case, when they have one (parent partner programs).</summary>
    public ChildWelfareCaseInput? ChildWelfareCase { get; init; }

    /// <summary>Start of recovery, where recovery applies.</summary>
    public DateOnly? InRecoverySince { get; init; }
}
