namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>The child: age and, for P2P, condition category codes.</summary>
public sealed record ChildInput
{
    /// <summary>The child's age in years.</summary>
    public int? Age { get; init; }

    /// <summary>For P2P: condition category codes of the child's diagnosis or needs (e.g. "autism", "down-syndrome").</summary>
    public List<string?>? ConditionCategories { get; init; }
}
