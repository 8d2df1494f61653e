namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>The child: age and, for P2P, condition category codes.</summary>
public sealed record ChildInput
{
    public int? Age { get; init; }

    public List<string?>? ConditionCategories { get; init; }
}
