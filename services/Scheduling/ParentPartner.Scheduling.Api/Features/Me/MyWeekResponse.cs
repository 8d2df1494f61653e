using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.Scheduling.Api.Features.Matches;
using ParentPartner.Scheduling.Api.Features.Plans;

namespace ParentPartner.Scheduling.Api.Features.Me;

/// <summary>
/// A support parent's week: what is booked, what they owe their families (first contacts, visits, hours; overdue
/// ones included whatever their date) and the matches they are in.
/// </summary>
public sealed record MyWeekResponse(
    DateOnly From,
    DateOnly Until,
    string TimeZone,
    IReadOnlyList<AppointmentResponse> Appointments,
    IReadOnlyList<PlanItemResponse> Due,
    IReadOnlyList<MatchResponse> Matches);
