using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.InformationRequests;

/// <summary>An information request as recorded: the tally's fields, when and by whom it was recorded.</summary>
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
