using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// A weekly recurring appointment (a support group every Tuesday at 18:00). Its occurrences are stored as
/// appointments, each with its original local start (<see cref="Appointment.OccurrenceLocal"/>, the iCalendar
/// RECURRENCE-ID), so double-booking, outcomes, reminders and "my week" treat each like any other appointment;
/// the feed folds them back into one RRULE with EXDATEs and overrides. Every week on the wall clock: 18:00 stays
/// 18:00 local after the clocks change.
/// </summary>
public sealed class AppointmentSeries : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    /// <summary>Every 1 to 4 weeks.</summary>
    public int IntervalWeeks { get; init; }

    /// <summary>The SEQUENCE of the series' master event: bumped when an occurrence is cancelled or the following ones change.</summary>
    public int Sequence { get; set; }

    public DateTimeOffset CreatedAt { get; init; }
}
