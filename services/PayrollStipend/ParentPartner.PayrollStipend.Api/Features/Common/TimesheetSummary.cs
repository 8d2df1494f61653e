using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

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
