using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Periods;

/// <summary>A pay period; <see cref="Overdue"/> when its pay date has passed and some pay in it is not yet recorded as paid.</summary>
/// <param name="Id">The period's id.</param>
/// <param name="StartsOn">Its first day (program's time zone).</param>
/// <param name="EndsOn">Its last day (program's time zone).</param>
/// <param name="PayDate">The day it is paid.</param>
/// <param name="Frequency">weekly, biweekly, semi-monthly or monthly.</param>
/// <param name="Overdue">True when the pay date has passed and some pay in it is not recorded as paid.</param>
/// <param name="TimesheetsByStatus">How many timesheets are in each status (kebab-case keys: draft, submitted…).</param>
/// <param name="Total">Sum of its timesheets, in US dollars.</param>
public sealed record PeriodResponse(
    Guid Id,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly PayDate,
    PayFrequency Frequency,
    bool Overdue,
    IReadOnlyDictionary<string, int> TimesheetsByStatus,
    decimal Total);
