using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.InformationRequests;

/// <summary>An information request as recorded: the tally's fields, when and by whom it was recorded.</summary>
/// <param name="Id">The tally entry's id.</param>
/// <param name="ProgramId">The program that answered the request.</param>
/// <param name="Channel">How the request came in.</param>
/// <param name="Topics">Topic codes of what was asked about.</param>
/// <param name="County">The county it came from, when known.</param>
/// <param name="Language">BCP 47 tag of the language it was answered in.</param>
/// <param name="ResourcesSent">Whether resources were sent afterwards.</param>
/// <param name="AnsweredOn">The day it was answered (the program's calendar).</param>
/// <param name="RecordedAt">When it was recorded.</param>
/// <param name="RecordedBy">Who recorded it.</param>
public sealed record InformationRequestResponse(
    Guid Id,
    string ProgramId,
    InquiryChannel Channel,
    IReadOnlyList<string> Topics,
    string? County,
    string? Language,
    bool ResourcesSent,
    DateOnly AnsweredOn,
    DateTimeOffset RecordedAt,
    string? RecordedBy)
{
    public static InformationRequestResponse From(InformationRequest r) =>
        new(r.Id, r.ProgramId, r.Channel, r.Topics, r.County, r.Language, r.ResourcesSent, r.AnsweredOn, r.RecordedAt, r.RecordedBy);
}
