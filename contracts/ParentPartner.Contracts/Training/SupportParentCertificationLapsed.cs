namespace ParentPartner.Contracts.Training;

/// <summary>A supplemental course is overdue: the support parent takes no new families until it is completed.</summary>
public sealed record SupportParentCertificationLapsed : IProgramEvent
{
    public required Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public required DateTimeOffset LapsedAt { get; init; }

    /// <summary>Codes of the overdue supplemental courses.</summary>
    public required IReadOnlyList<string> OverdueCourses { get; init; }
}
