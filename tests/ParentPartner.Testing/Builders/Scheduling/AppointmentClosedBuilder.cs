using ParentPartner.Contracts.Scheduling;

namespace ParentPartner.Testing.Builders.Scheduling;

/// <summary>AppointmentClosed events as scheduling publishes them, for reporting's tests.</summary>
public sealed class AppointmentClosedBuilder(string programId)
{
    /// <summary>One appointment's closing: kind court-hearing, family-team-meeting, one-to-one…; outcome fulfilled or no-show (by family, support-parent or other).</summary>
    public AppointmentClosed Closed(
        string kind, string outcome, DateTimeOffset startsAt, string? noShowBy = null, Guid? appointmentId = null, DateTimeOffset? occurredAt = null) => new()
    {
        AppointmentId = appointmentId ?? Guid.NewGuid(),
        ProgramId = programId,
        MatchId = Guid.NewGuid(),
        Kind = kind,
        Outcome = outcome,
        NoShowBy = noShowBy,
        StartsAt = startsAt,
        OccurredAt = occurredAt ?? startsAt.AddHours(2),
    };
}
