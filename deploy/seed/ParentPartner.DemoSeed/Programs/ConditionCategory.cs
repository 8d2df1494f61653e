namespace ParentPartner.DemoSeed.Programs;

/// <summary>A Parent to Parent condition category: its code, and how intake notes put it in words.</summary>
public sealed record ConditionCategory(string Code, string Words);
