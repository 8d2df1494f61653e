namespace ParentPartner.Referral.Api.Domain;

/// <summary>The child the family seeks support about (P2P matching compares condition categories and age).</summary>
public sealed class ChildDetails
{
    /// <summary>Age in whole years.</summary>
    public int? Age { get; set; }

    /// <summary>Program-defined category codes (kebab-case), e.g. "autism", "congenital-heart".</summary>
    public List<string> ConditionCategories { get; set; } = [];
}
