using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>One line and the event it came from.</summary>
public sealed record LineResponse(
    Guid Id,
    EarningsCode Code,
    DateOnly OccurredOn,
    decimal Quantity,
    decimal Rate,
    decimal Amount,
    int Minutes,
    bool IsAdjustment,
    string? Reason,
    int? PolicyVersion,
    LineSourceResponse Source)
{
    public static LineResponse From(TimesheetLine line) => new(
        line.Id, line.Code, line.OccurredOn, line.Quantity, line.Rate, line.Amount, line.Minutes, line.IsAdjustment, line.Reason, line.PolicyVersion,
        new LineSourceResponse(line.SourceType, line.SourceId, line.SourceRevision, line.SourceMessageId, line.SourcePeriodId, line.MatchId));
}
