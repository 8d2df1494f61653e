using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>One line and the event it came from.</summary>
/// <param name="Id">The line's id.</param>
/// <param name="Code">The earnings code it is paid under.</param>
/// <param name="OccurredOn">The day the work happened.</param>
/// <param name="Quantity">Hours, miles, or 1 for a stipend.</param>
/// <param name="Rate">Dollars per unit of quantity.</param>
/// <param name="Amount">Quantity × rate, rounded to the cent; negative for a cap or a reversal.</param>
/// <param name="Minutes">The minutes behind an hours line; 0 otherwise.</param>
/// <param name="IsAdjustment">True for a manual or correcting line.</param>
/// <param name="Reason">Why, for an adjustment; else null.</param>
/// <param name="PolicyVersion">The pay policy version that priced it; null for manual lines.</param>
/// <param name="Source">Where it came from.</param>
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
