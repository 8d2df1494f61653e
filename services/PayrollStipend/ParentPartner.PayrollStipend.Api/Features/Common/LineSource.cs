using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>
/// Where a group of lines came from: a contact, an enrolment, a match within one period, or a manual adjustment;
/// with the revision and message that produced them, and the reason when they are an adjustment.
/// </summary>
public sealed record LineSource(SourceType Type, Guid Id, Guid? PeriodId = null, int Revision = 1, Guid? MessageId = null, Guid? MatchId = null)
{
    public string? Reason { get; init; }
    public string? CreatedBy { get; init; }
}
