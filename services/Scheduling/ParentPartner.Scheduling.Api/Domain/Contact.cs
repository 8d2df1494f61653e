using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// A contact between the support parent and the matched family, as logged (by the support parent, or by a
/// coordinator on their behalf). A correction or a void raises <see cref="Revision"/> and keeps what it replaced in
/// <see cref="ContactRevision"/>: payroll pays from it, so history is never overwritten silently.
/// </summary>
public sealed class Contact : ISupportParentOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    public Guid MatchId { get; init; }

    public Guid SupportParentId { get; init; }

    public string? SupportParentSubject { get; init; }

    public ContactKind Kind { get; set; }

    public ContactMode Mode { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The day in the program's time zone: the day it is paid and counted on.</summary>
    public DateOnly OccurredOn { get; set; }

    public int Minutes { get; set; }

    public decimal Miles { get; set; }

    /// <summary>Free text for the program only: never published, erased when the family revokes consent.</summary>
    public string? Notes { get; set; }

    /// <summary>support-parent or coordinator.</summary>
    public required string EnteredBy { get; init; }

    public string? RecordedBy { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public int Revision { get; set; }

    public bool Voided { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
