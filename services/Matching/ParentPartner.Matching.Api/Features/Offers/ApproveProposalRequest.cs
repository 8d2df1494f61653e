using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

public sealed record ApproveProposalRequest : IValidatableRequest
{
    public Guid? SupportParentId { get; init; }

    public FieldErrors Validate() =>
        new FieldErrors().Required("supportParentId", SupportParentId is { } id && id != Guid.Empty ? id : null);
}
