using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Periods;

/// <summary>A pay period; <see cref="Overdue"/> when its pay date has passed and some pay in it is not yet recorded as paid.</summary>
public sealed record PeriodResponse(
    Guid Id,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly PayDate,
    PayFrequency Frequency,
    bool Overdue,
    IReadOnlyDictionary<string, int> TimesheetsByStatus,
    decimal Total);
