using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.Testing;

namespace ParentPartner.Bench.Scheduling;

/// <summary>What one person's feed should hold, to check the response against.</summary>
internal sealed record FeedShape(int Singles, int SingleCancelled, int Series, int Occurrences, int OccurrencesCancelled, int OccurrencesChanged, int OlderThanHistory, int OthersAppointments)
{
    public int Appointments => Singles + Occurrences;

    /// <summary>A VEVENT per single appointment, one master per series, one override per changed (not cancelled) occurrence.</summary>
    public int Events => Singles + Series + OccurrencesChanged;
}

/// <summary>
/// Writes one support parent's appointments straight into the scheduling database as the booking endpoints would
/// have left them: single appointments over the feed's window (90 days back to about 9 months ahead), some cancelled,
/// past ones fulfilled; weekly series with their AppointmentSeries row and OccurrenceLocal on every occurrence, one
/// occurrence cancelled (EXDATE, series SEQUENCE bumped) or changed "this one" (IsException, moved an hour) in some;
/// plus other support parents' appointments in the same program, which the feed must not include.
/// </summary>
internal static class FeedSeeder
{
    private static readonly string[] Names = ["Maria", "J.R.", "Aisha", "Tom", "Lena", "D.K.", "Rosa", "Sam", "Nia", "Ben"];

    private static readonly AppointmentKind[] SingleKinds =
        [AppointmentKind.OneToOne, AppointmentKind.OneToOne, AppointmentKind.OneToOne, AppointmentKind.CourtHearing, AppointmentKind.FamilyTeamMeeting, AppointmentKind.Supervision, AppointmentKind.Training];

    public static async Task<FeedShape> SeedAsync(
        ServiceHost<SchedulingDbContext> scheduling, string programId, string ownerSubject, int singles, int series, int occurrencesPerSeries, int others, DateTimeOffset now, int seed)
    {
        var random = new Random(seed);
        var appointments = new List<Appointment>();
        var seriesRows = new List<AppointmentSeries>();
        var singleCancelled = 0;
        for (var i = 0; i < singles; i++)
        {
            var appointment = Single(random, programId, ownerSubject, now);
            if (appointment.Status == AppointmentStatus.Cancelled) singleCancelled++;
            appointments.Add(appointment);
        }
        for (var i = 0; i < others; i++)
        {
            appointments.Add(Single(random, programId, Guid.NewGuid().ToString(), now));
        }

        var cancelled = 0;
        var changed = 0;
        var older = 0;
        var history = now - TimeSpan.FromDays(90);
        for (var s = 0; s < series; s++)
        {
            // The first series began four months ago, so part of it lies before the feed's 90 days and travels only because the series does.
            var zone = "America/Chicago";
            var calendar = ProgramCalendar.For(zone);
            var firstDay = calendar.DateOf(now).PlusDays(s == 0 ? -120 : -56 + (s * 7));
            var start = firstDay.At(new LocalTime(18, 0));
            var row = new AppointmentSeries { Id = Guid.CreateVersion7(), ProgramId = programId, IntervalWeeks = 1, CreatedAt = now - TimeSpan.FromDays(130) };
            seriesRows.Add(row);
            var cancelAt = s % 5 < 3 ? 1 + (s % (occurrencesPerSeries - 1)) : -1;
            var changeAt = s % 2 == 0 ? occurrencesPerSeries - 2 : -1;
            for (var o = 0; o < occurrencesPerSeries; o++)
            {
                var occurrence = start.PlusWeeks(o);
                var startsLocal = o == changeAt ? occurrence.PlusHours(1) : occurrence;
                var appointment = Appointment(programId, ownerSubject, zone, startsLocal, startsLocal.PlusMinutes(90), AppointmentKind.SupportGroup, row.Id, occurrence, now);
                appointment.Place = PlaceKind.InPerson;
                appointment.Address = "Community Center, 410 Grand Ave, Des Moines";
                appointment.FamilyName = null;
                if (o == cancelAt)
                {
                    appointment.Status = AppointmentStatus.Cancelled;
                    appointment.Sequence = 1;
                    row.Sequence = 1;
                    cancelled++;
                }
                else if (o == changeAt)
                {
                    appointment.IsException = true;
                    appointment.Sequence = 1;
                    changed++;
                }
                else if (appointment.EndsAt < now)
                {
                    appointment.Status = AppointmentStatus.Fulfilled;
                }
                if (appointment.EndsAt < history) older++;
                appointments.Add(appointment);
            }
        }

        await using var scope = scheduling.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<SchedulingDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.AppointmentSeries.AddRange(seriesRows);
        db.Appointments.AddRange(appointments);
        await db.SaveChangesAsync();
        return new FeedShape(singles, singleCancelled, series, series * occurrencesPerSeries, cancelled, changed, older, others);
    }

    /// <summary>A one-off meeting somewhere from 85 days ago to 275 days ahead, in the daytime (no clock-change gap), 30 to 120 minutes.</summary>
    private static Appointment Single(Random random, string programId, string subject, DateTimeOffset now)
    {
        var zone = random.Next(10) == 0 ? "America/Denver" : "America/Chicago";
        var day = ProgramCalendar.For(zone).DateOf(now).PlusDays(random.Next(-85, 276));
        var start = day.At(new LocalTime(8 + random.Next(11), random.Next(4) * 15));
        var kind = SingleKinds[random.Next(SingleKinds.Length)];
        var appointment = Appointment(programId, subject, zone, start, start.PlusMinutes(30 * (1 + random.Next(4))), kind, null, null, now);
        appointment.FamilyName = Names[random.Next(Names.Length)];
        switch (random.Next(5))
        {
            case 0:
                appointment.Place = PlaceKind.Phone;
                appointment.Phone = "+1 515 555 0142";
                break;
            case 1:
                appointment.Place = PlaceKind.Video;
                appointment.VideoLink = $"https://meet.example.org/{random.Next(100_000, 999_999)}";
                break;
            default:
                appointment.Place = PlaceKind.InPerson;
                appointment.Address = $"{random.Next(1, 2000)} Main St, Des Moines";
                break;
        }
        if (random.Next(20) == 0)
        {
            appointment.Status = AppointmentStatus.Cancelled;
            appointment.Sequence = 1;
        }
        else if (appointment.EndsAt < now)
        {
            appointment.Status = AppointmentStatus.Fulfilled;
        }
        else if (random.Next(10) == 0)
        {
            appointment.Sequence = 1;
        }
        return appointment;
    }

    private static Appointment Appointment(
        string programId, string subject, string zone, LocalDateTime startsLocal, LocalDateTime endsLocal, AppointmentKind kind, Guid? seriesId, LocalDateTime? occurrence, DateTimeOffset now)
    {
        var calendar = ProgramCalendar.For(zone);
        return new Appointment
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Kind = kind,
            SeriesId = seriesId,
            OccurrenceLocal = occurrence?.ToDateTimeUnspecified(),
            SupportParentSubject = subject,
            TimeZone = zone,
            StartsLocal = startsLocal.ToDateTimeUnspecified(),
            EndsLocal = endsLocal.ToDateTimeUnspecified(),
            StartsAt = calendar.ToUtc(startsLocal)!.Value,
            EndsAt = calendar.ToUtc(endsLocal)!.Value,
            Status = AppointmentStatus.Booked,
            CreatedAt = now - TimeSpan.FromDays(120),
            CreatedBy = TestUsers.CoordinatorA.Subject,
            UpdatedAt = now - TimeSpan.FromDays(1),
        };
    }
}
