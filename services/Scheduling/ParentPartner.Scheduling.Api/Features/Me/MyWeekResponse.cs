using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.Scheduling.Api.Features.Matches;
using ParentPartner.Scheduling.Api.Features.Plans;

namespace ParentPartner.Scheduling.Api.Features.Me;

/// <summary>
/// A support parent's week: what is booked, what they owe their families (first contacts, visits, hours; overdue
/// ones included whatever their date) and the matches they are in.
/// </summary>
/// <param name="From">The week's first day (program's time zone).</param>
/// <param name="Until">The week's last day (program's time zone).</param>
/// <param name="TimeZone">The program's IANA time zone.</param>
/// <param name="Appointments">Appointments booked in the week.</param>
/// <param name="Due">Plan items the support parent owes, overdue ones included.</param>
/// <param name="Matches">The matches they are in.</param>
public sealed record MyWeekResponse(
    DateOnly From,
    DateOnly Until,
    string TimeZone,
    IReadOnlyList<AppointmentResponse> Appointments,
    IReadOnlyList<PlanItemResponse> Due,
    IReadOnlyList<MatchResponse> Matches);
