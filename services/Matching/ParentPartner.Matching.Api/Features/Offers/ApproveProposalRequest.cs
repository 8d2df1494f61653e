using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Offers;

/// <summary>A coordinator approves a proposed match by naming the support parent to offer it to.</summary>
/// <example>{"supportParentId":"5f0c7a2e-3b1d-4c8e-9a6f-2d4b8e1c7a90"}</example>
public sealed record ApproveProposalRequest : IValidatableRequest
{
    /// <summary>The support parent (training's id) to make the offer to, one of the referral's suggestions.</summary>
    public Guid? SupportParentId { get; init; }

    public FieldErrors Validate() =>
        new FieldErrors().Required("supportParentId", SupportParentId is { } id && id != Guid.Empty ? id : null);
}
