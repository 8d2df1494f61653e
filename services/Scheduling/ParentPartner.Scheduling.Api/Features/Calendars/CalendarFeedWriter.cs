using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Common;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

/// <summary>
/// Appointments as an RFC 5545 calendar (Ical.Net): local times with a TZID and a VTIMEZONE for every zone used,
/// UIDs that never change, SEQUENCE from the appointment (or the series), cancelled ones as STATUS:CANCELLED, a
/// weekly series as one RRULE with EXDATEs for cancelled occurrences and RECURRENCE-ID overrides for changed ones.
/// A feed that leaks from a lost phone shows the kind of meeting and a first name, never notes or phone numbers.
/// </summary>
public static class CalendarFeedWriter
{
    public const string ContentType = "text/calendar; charset=utf-8";

    public static string Write(IReadOnlyCollection<Appointment> appointments, IReadOnlyDictionary<Guid, AppointmentSeries> series)
    {
        var calendar = new Calendar { ProductId = "-//ParentPartner//Scheduling//EN" };
        calendar.AddProperty("X-WR-CALNAME", "ParentPartner");
        if (appointments.Count > 0)
        {
            var earliest = appointments.Min(a => a.StartsLocal);
            foreach (var zone in appointments.Select(a => a.TimeZone).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            {
                calendar.AddTimeZone(zone, earliest, includeHistoricalData: false);
            }
        }
        foreach (var single in appointments.Where(a => a.SeriesId is null).OrderBy(a => a.StartsAt))
        {
            var vevent = Event($"{single.Id}@parentpartner", single, single.Sequence);
            vevent.Status = single.Status == AppointmentStatus.Cancelled ? EventStatus.Cancelled : EventStatus.Confirmed;
            calendar.Events.Add(vevent);
        }
        foreach (var occurrences in appointments.Where(a => a.SeriesId is not null).GroupBy(a => a.SeriesId!.Value))
        {
            AddSeries(calendar, series[occurrences.Key], [.. occurrences.OrderBy(a => a.OccurrenceLocal)]);
        }
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static void AddSeries(Calendar calendar, AppointmentSeries series, IReadOnlyList<Appointment> occurrences)
    {
        var uid = $"{series.Id}@parentpartner";
        // The master carries the pattern: the fields and times the series was booked with, kept by every occurrence not changed on its own.
        var template = occurrences.FirstOrDefault(a => !a.IsException) ?? occurrences[0];
        var first = occurrences[0];
        var zone = first.TimeZone;
        var master = Event(uid, template, series.Sequence);
        var duration = template.EndsLocal - template.StartsLocal;
        master.DtStart = new CalDateTime(first.OccurrenceLocal!.Value, zone);
        master.DtEnd = new CalDateTime(first.OccurrenceLocal!.Value + duration, zone);
        var last = occurrences[^1].OccurrenceLocal!.Value;
        var until = ProgramCalendar.For(zone).ToUtc(LocalDateTime.FromDateTime(last)) ?? occurrences[^1].StartsAt;
        master.RecurrenceRule = new RecurrenceRule($"FREQ=WEEKLY;INTERVAL={series.IntervalWeeks};UNTIL={until.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}");
        foreach (var cancelled in occurrences.Where(a => a.Status == AppointmentStatus.Cancelled))
        {
            master.ExceptionDates.Add(new CalDateTime(cancelled.OccurrenceLocal!.Value, zone));
        }
        master.Status = occurrences.All(a => a.Status == AppointmentStatus.Cancelled) ? EventStatus.Cancelled : EventStatus.Confirmed;
        calendar.Events.Add(master);
        foreach (var changed in occurrences.Where(a => a.IsException && a.Status != AppointmentStatus.Cancelled))
        {
            var vevent = Event(uid, changed, changed.Sequence);
            vevent.RecurrenceIdentifier = new RecurrenceIdentifier(new CalDateTime(changed.OccurrenceLocal!.Value, zone), RecurrenceRange.ThisInstance);
            vevent.Status = EventStatus.Confirmed;
            calendar.Events.Add(vevent);
        }
    }

    private static CalendarEvent Event(string uid, Appointment appointment, int sequence) => new()
    {
        Uid = uid,
        DtStamp = new CalDateTime(appointment.UpdatedAt.UtcDateTime, "UTC"),
        DtStart = new CalDateTime(appointment.StartsLocal, appointment.TimeZone),
        DtEnd = new CalDateTime(appointment.EndsLocal, appointment.TimeZone),
        Sequence = sequence,
        Summary = Summary(appointment),
        Location = appointment.Place switch
        {
            PlaceKind.InPerson => appointment.Address,
            PlaceKind.Video => appointment.VideoLink,
            _ => "By phone",
        },
    };

    /// <summary>"Court hearing · Maria": the kind and a first name or initials, nothing more.</summary>
    private static string Summary(Appointment appointment)
    {
        var kind = Labels.Of(appointment.Kind);
        return appointment.FamilyName is { } name ? $"{kind} · {name}" : kind;
    }
}
