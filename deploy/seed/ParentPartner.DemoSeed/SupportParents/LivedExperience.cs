namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>
/// Condition categories (Parent to Parent) and/or their own case history (child welfare), recovery where
/// it applies, and the year of birth of the child it is about when given (matching scores child age nearness on it).
/// </summary>
public sealed record LivedExperience(string[]? ConditionCategories, ChildWelfareCase? ChildWelfareCase, DateOnly? InRecoverySince, int? ChildBirthYear = null);
