namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>Condition categories (Parent to Parent) and/or their own case history (child welfare), and recovery where it applies.</summary>
public sealed record LivedExperience(string[]? ConditionCategories, ChildWelfareCase? ChildWelfareCase, DateOnly? InRecoverySince);
