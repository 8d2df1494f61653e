using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using ParentPartner.DemoSeed.Api;
using ParentPartner.DemoSeed.Programs;
using ParentPartner.DemoSeed.Settings;
using ParentPartner.DemoSeed.SupportParents;

namespace ParentPartner.DemoSeed.Training;

/// <summary>
/// Takes the demo support parents through training as its staff would: past pre-service cohorts with
/// attendance and completion (the last completion certifies them, and training tells matching), a couple
/// of supplemental sessions, and seats in the next cohorts for those just starting. It works from what
/// the program's records say each person still needs, so a second run schedules nothing, and a run cut
/// short is finished by the next.
/// </summary>
public sealed class TrainingSeeder(GatewayClient staff, DemoProgram program, int concurrency)
{
    private const int UpcomingSessions = 3;
    private static readonly string[] SupplementalShown = ["cultural-competency", "mental-health"];

    private readonly ProgramCalendar _calendar = new(program.TimeZone);
    private readonly ParallelOptions _parallel = new() { MaxDegreeOfParallelism = concurrency };
    private string Api => $"api/training/programs/{program.ProgramId}";

    public async Task<TrainingSeedResult> SeedAsync(IReadOnlyList<TrackedSupportParent> parents, int applied)
    {
        var courses = await staff.ListAsync<ListedCourse>($"{Api}/courses", "limit");
        var settings = await staff.GetAsync<TrainingSettings>($"{Api}/settings");
        var preService = courses.Where(c => c.Kind == CourseKind.PreService).ToList();
        var supplemental = courses.Where(c => c.Kind == CourseKind.Supplemental)
            .OrderBy(c => Array.IndexOf(SupplementalShown, c.Code) is var shown and >= 0 ? shown : int.MaxValue)
            .Take(SupplementalShown.Length)
            .ToList();

        var needs = new ConcurrentBag<TrainingNeeds>();
        await Parallel.ForEachAsync(parents, _parallel, async (parent, _) =>
        {
            if (await NeedsAsync(parent, preService, supplemental) is { IsEmpty: false } need)
            {
                needs.Add(need);
            }
        });
        var waiting = needs.OrderBy(n => n.Parent.Demo.Index).ToList();
        var plan = Plan(waiting, preService, supplemental, new CohortCalendar(_calendar.Today, preService.Count), settings.CohortMaxSeats);

        var cohortIds = new ConcurrentDictionary<PlannedCohort, Guid>();
        await Parallel.ForEachAsync(plan, _parallel, async (cohort, _) =>
            cohortIds[cohort] = await ScheduleAsync(cohort, settings.CohortMaxSeats));

        // One person's seats one after another (a completion re-reads their record), people side by side.
        var seats = 0;
        var records = 0;
        var seatsByPerson = plan.SelectMany(c => c.Trainees.Select(t => (Trainee: t, Cohort: c))).ToLookup(s => s.Trainee.Parent.Id);
        await Parallel.ForEachAsync(waiting, _parallel, async (need, _) =>
        {
            foreach (var held in need.ToRecord)
            {
                await RecordAsync(held.CohortId, held.EnrolmentId, CohortCalendar.SessionMinutes);
                Interlocked.Increment(ref records);
            }
            foreach (var (_, cohort) in seatsByPerson[need.Parent.Id].OrderBy(s => s.Cohort.StartsLocal))
            {
                var cohortId = cohortIds[cohort];
                // 409/422: the seat or the course is already theirs (someone enrolled them by hand).
                var enrolment = await staff.PostAsync<CreatedResource>(
                    $"{Api}/cohorts/{cohortId}/enrolments", new EnrolRequest(need.Parent.Id), $"{program.ProgramId}-seat",
                    HttpStatusCode.Conflict, HttpStatusCode.UnprocessableEntity);
                if (enrolment is null)
                {
                    continue;
                }
                Interlocked.Increment(ref seats);
                if (_calendar.ToUtc(cohort.StartsLocal) < DateTimeOffset.UtcNow)
                {
                    await RecordAsync(cohortId, enrolment.Id, cohort.DurationMinutes);
                    Interlocked.Increment(ref records);
                }
            }
        });

        var roster = await staff.ListAsync<ListedSupportParent>($"{Api}/support-parents", "limit");
        var statuses = roster.GroupBy(p => p.Status).OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {JsonNamingPolicy.KebabCaseLower.ConvertName(g.Key.ToString())}");
        var summary = $"support parents: {applied} applied, {parents.Count - applied} already there; "
            + $"{plan.Count} cohorts scheduled, {seats} seats taken, {records} attendance records → {roster.Count} on the roster ({string.Join(", ", statuses)})";
        return new TrainingSeedResult(applied, plan.Count, seats, records, summary);
    }

    private async Task<TrainingNeeds?> NeedsAsync(TrackedSupportParent parent, List<ListedCourse> preService, List<ListedCourse> supplemental)
    {
        var path = parent.Demo.Path;
        var certified = parent.Status == SupportParentStatus.Certified;
        if (path == TrainingPath.NotYetEligible
            || parent.Status is SupportParentStatus.Withdrawn or SupportParentStatus.Lapsed
            || (path == TrainingPath.Certified && certified))
        {
            return null;
        }

        // Someone who applied in this run has done nothing yet; anyone else's record says what is left.
        var transcript = parent.AppliedNow ? new Transcript([], []) : await staff.GetAsync<Transcript>($"{Api}/support-parents/{parent.Id}/transcript");
        var done = transcript.Courses.Where(c => c.Completed).Select(c => c.CourseId).ToHashSet();
        var held = transcript.Sessions.Where(s => s.Status == EnrolmentStatus.Enrolled).ToList();
        var open = preService.Concat(supplemental).Where(c => !done.Contains(c.Id) && held.All(s => s.CourseId != c.Id)).ToList();
        return path switch
        {
            TrainingPath.InTraining when transcript.Sessions.Count == 0 =>
                new TrainingNeeds(parent, [], [], [.. preService.Take(UpcomingSessions)], []),
            TrainingPath.InTraining => null,
            _ => new TrainingNeeds(
                parent,
                certified ? [] : [.. open.Where(c => c.Kind == CourseKind.PreService)],
                path == TrainingPath.CertifiedWithSupplemental ? [.. open.Where(c => c.Kind == CourseKind.Supplemental)] : [],
                [],
                [.. held.Where(s => s.StartsAt < DateTimeOffset.UtcNow)]),
        };
    }

    /// <summary>Waves of even size (a cohort's seats at most) through the pre-service courses, then the supplemental and the upcoming sessions; no cohort over its seats.</summary>
    private static List<PlannedCohort> Plan(
        List<TrainingNeeds> needs, List<ListedCourse> preService, List<ListedCourse> supplemental, CohortCalendar calendar, int seats)
    {
        var cohorts = new List<PlannedCohort>();
        void Add(ListedCourse course, DateTime startsLocal, IEnumerable<TrainingNeeds> trainees)
        {
            foreach (var group in trainees.Chunk(seats))
            {
                cohorts.Add(new PlannedCohort(course, startsLocal, CohortCalendar.SessionMinutes, group));
            }
        }

        var learners = needs.Where(n => n.PreService.Count > 0).ToList();
        var waves = (learners.Count + seats - 1) / seats;
        var waveSize = waves == 0 ? 0 : (learners.Count + waves - 1) / waves;
        for (var wave = 0; wave < waves; wave++)
        {
            var members = learners.Skip(wave * waveSize).Take(waveSize).ToList();
            for (var session = 0; session < preService.Count; session++)
            {
                var course = preService[session];
                Add(course, calendar.PreService(wave, waves, session), members.Where(m => m.PreService.Contains(course)));
            }
        }
        for (var i = 0; i < supplemental.Count; i++)
        {
            Add(supplemental[i], calendar.Supplemental(i), needs.Where(n => n.Supplemental.Contains(supplemental[i])));
        }
        for (var session = 0; session < Math.Min(UpcomingSessions, preService.Count); session++)
        {
            Add(preService[session], calendar.Upcoming(session), needs.Where(n => n.Upcoming.Contains(preService[session])));
        }
        return [.. cohorts.Where(c => c.Trainees.Count > 0)];
    }

    private async Task<Guid> ScheduleAsync(PlannedCohort cohort, int seats)
    {
        var startsLocal = cohort.StartsLocal.ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
        // Trainer and room follow from the course and the day, so the same session always looks the same.
        var turn = cohort.Course.Code.Length + cohort.StartsLocal.DayOfYear;
        var request = new ScheduleCohortRequest(
            cohort.Course.Id,
            program.Pool.Trainers[turn % program.Pool.Trainers.Length],
            program.Pool.Venues[turn / 2 % program.Pool.Venues.Length],
            startsLocal,
            cohort.DurationMinutes,
            seats);
        var created = await staff.PostAsync<CreatedResource>(
            $"{Api}/cohorts", request, $"{program.ProgramId}-cohort-{cohort.Trainees[0].Parent.Demo.Index}");
        return created!.Id;
    }

    private Task RecordAsync(Guid cohortId, Guid enrolmentId, int minutes) =>
        staff.PutAsync<JsonElement>(
            $"{Api}/cohorts/{cohortId}/enrolments/{enrolmentId}/attendance", new AttendanceRequest(Attended: true, Hours: minutes / 60m, Completed: true));
}
