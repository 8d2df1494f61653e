namespace ParentPartner.Contracts.Training;

/// <summary>
/// A support parent left the program (or the application was withdrawn). Their name and contact are
/// erased in training; counts and training hours remain.
/// </summary>
public sealed record SupportParentWithdrawn : IProgramEvent
{
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public required DateTimeOffset WithdrawnAt { get; init; }

    /// <summary>personal, moved-away, not-suitable, program-decision or other.</summary>
    public required string Reason { get; init; }
}
