namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>A demo support parent as the program has them: their record's id and status, and whether this run applied for them.</summary>
public sealed record TrackedSupportParent(DemoSupportParent Demo, Guid Id, SupportParentStatus Status, bool AppliedNow);
