using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>An appointment's outcome from AppointmentClosed; the latest closing (by its OccurredAt) wins.</summary>
public sealed class ReportedAppointment : IProgramOwned
{
    public const string Fulfilled = "fulfilled";
    public const string NoShow = "no-show";
    public const string CourtHearing = "court-hearing";
    public const string FamilyTeamMeeting = "family-team-meeting";

    public required string ProgramId { get; set; }

    public Guid AppointmentId { get; set; }

    public Guid? MatchId { get; set; }

    /// <summary>court-hearing, family-team-meeting, one-to-one, support-group, supervision or training.</summary>
    public required string Kind { get; set; }

    /// <summary>fulfilled or no-show.</summary>
    public required string Outcome { get; set; }

    /// <summary>For a no-show: family, support-parent or other.</summary>
    public string? NoShowBy { get; set; }

    public DateTimeOffset StartsAt { get; set; }

    public DateTimeOffset OccurredAt { get; set; }
}
