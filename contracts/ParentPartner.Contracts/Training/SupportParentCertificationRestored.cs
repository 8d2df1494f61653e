namespace ParentPartner.Contracts.Training;

/// <summary>The overdue supplemental courses were completed: the support parent is certified again.</summary>
public sealed record SupportParentCertificationRestored : IProgramEvent
{
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public required DateTimeOffset RestoredAt { get; init; }
}
