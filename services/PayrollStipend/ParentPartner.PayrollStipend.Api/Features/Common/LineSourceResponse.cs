using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>
/// The source of a line: a contact (its id and revision), an enrolment (training), a match (within a period) or a
/// manual adjustment, or the monthly cap of one person's month; and the id of the message that delivered it.
/// </summary>
public sealed record LineSourceResponse(SourceType Type, Guid Id, int Revision, Guid? MessageId, Guid? PeriodId, Guid? MatchId);
