namespace ParentPartner.DemoSeed.Referrals;

/// <summary>The child: age, and for Parent to Parent the condition categories.</summary>
public sealed record Child(int Age, string[]? ConditionCategories);
