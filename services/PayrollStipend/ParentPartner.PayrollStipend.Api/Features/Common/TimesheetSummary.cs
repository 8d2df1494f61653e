using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>A timesheet without its lines.</summary>
/// <param name="Id">The timesheet's id.</param>
/// <param name="PeriodId">Its period.</param>
/// <param name="SupportParentId">Whose it is.</param>
/// <param name="Status">draft, submitted, approved, returned, exported or paid.</param>
/// <param name="Total">Sum of its lines, in US dollars.</param>
/// <param name="PeriodStartsOn">The period's first day.</param>
/// <param name="PeriodEndsOn">The period's last day.</param>
/// <param name="PayDate">The period's pay date.</param>
/// <param name="SubmittedAt">When it was submitted (UTC); null if not yet.</param>
/// <param name="SubmittedOnBehalf">True when a coordinator submitted it for the person.</param>
/// <param name="DecidedAt">When it was approved or returned (UTC); null if not yet.</param>
/// <param name="ReturnComment">The approver's comment when returned; else null.</param>
/// <param name="PaidOn">The day it was paid; null if not yet.</param>
public sealed record TimesheetSummary(
    Guid Id,
    Guid PeriodId,
    Guid SupportParentId,
    TimesheetStatus Status,
    decimal Total,
    DateOnly PeriodStartsOn,
    DateOnly PeriodEndsOn,
    DateOnly PayDate,
    DateTimeOffset? SubmittedAt,
    bool SubmittedOnBehalf,
    DateTimeOffset? DecidedAt,
    string? ReturnComment,
    DateOnly? PaidOn)
{
    public static TimesheetSummary From(Timesheet sheet, PayPeriod period) => new(
        sheet.Id, sheet.PeriodId, sheet.SupportParentId, sheet.Status, sheet.Total, period.StartsOn, period.EndsOn, period.PayDate,
        sheet.SubmittedAt, sheet.SubmittedOnBehalf, sheet.DecidedAt, sheet.ReturnComment, sheet.PaidOn);
}
