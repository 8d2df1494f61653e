namespace ParentPartner.Contracts.Scheduling;

/// <summary>
/// A contact with a matched family was logged, or a logged contact was corrected. Payroll pays it and reporting
/// counts it. A correction is the same <see cref="ContactId"/> with a higher <see cref="Revision"/>: consumers
/// keep the highest revision they have seen and ignore lower ones (redelivery and reordering are both safe).
/// Carries no notes and nothing about the family beyond the match id.
/// </summary>
public sealed record ContactLogged : IProgramEvent
{
    public required Guid ContactId { get; init; }

    /// <summary>1 when first logged; each correction adds one.</summary>
    public required int Revision { get; init; }

    public required string ProgramId { get; init; }
    public required Guid MatchId { get; init; }
    public required Guid SupportParentId { get; init; }

    /// <summary>The support parent's account subject when they have one, so payroll can show them their own statements.</summary>
    public string? SupportParentSubject { get; init; }

    /// <summary>court-hearing, family-team-meeting, one-to-one, phone, text, support-group or other.</summary>
    public required string Kind { get; init; }

    /// <summary>in-person, phone or video.</summary>
    public required string Mode { get; init; }

    /// <summary>When the contact started (UTC).</summary>
    public required DateTimeOffset StartedAt { get; init; }

    /// <summary>The contact's date in the program's time zone (the day it is paid and counted on).</summary>
    public required DateOnly OccurredOn { get; init; }

    public required int Minutes { get; init; }
    public required decimal Miles { get; init; }

    /// <summary>support-parent when they logged it themselves, coordinator when logged on their behalf.</summary>
    public required string EnteredBy { get; init; }

    /// <summary>True when this revision withdraws the contact (logged in error): pay and counts drop it.</summary>
    public bool Voided { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
