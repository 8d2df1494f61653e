namespace ParentPartner.Contracts.Scheduling;

/// <summary>
/// An appointment was marked fulfilled or no-show (or the sweep marked it missed). Reporting counts court hearings
/// and family team meetings attended, and no-shows. No place, attendee names or notes.
/// </summary>
public sealed record AppointmentClosed : IProgramEvent
{
    public required Guid AppointmentId { get; init; }
    public required string ProgramId { get; init; }
    public Guid? MatchId { get; init; }

    /// <summary>court-hearing, family-team-meeting, one-to-one, support-group, supervision or training.</summary>
    public required string Kind { get; init; }

    /// <summary>fulfilled or no-show.</summary>
    public required string Outcome { get; init; }

    /// <summary>For a no-show: family, support-parent or other.</summary>
    public string? NoShowBy { get; init; }

    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset OccurredAt { get; init; }
}
