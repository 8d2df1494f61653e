using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>
/// The source of a line: a contact (its id and revision), an enrolment (training), a match (within a period) or a
/// manual adjustment, or the monthly cap of one person's month; and the id of the message that delivered it.
/// </summary>
/// <param name="Type">What the line came from.</param>
/// <param name="Id">The source's id (contact, enrolment, match, person).</param>
/// <param name="Revision">The source's revision (a contact's), 1 otherwise.</param>
/// <param name="MessageId">The id of the message that delivered it; null for manual lines.</param>
/// <param name="PeriodId">For a match stipend, the period it covers; else null.</param>
/// <param name="MatchId">The match it belongs to, when known; else null.</param>
public sealed record LineSourceResponse(SourceType Type, Guid Id, int Revision, Guid? MessageId, Guid? PeriodId, Guid? MatchId);
