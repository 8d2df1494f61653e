namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>What GET /api/training/programs/{id}/support-parents shows of a support parent.</summary>
public sealed record ListedSupportParent(Guid Id, SupportParentStatus Status, string? FirstName, string? LastName, string? County)
{
    public (string?, string?, string?) Key => (FirstName, LastName, County);
}
