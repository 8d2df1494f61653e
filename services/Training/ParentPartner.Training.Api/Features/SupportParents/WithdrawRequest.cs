using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>A support parent leaves training or the program.</summary>
public sealed record WithdrawRequest : IValidatableRequest
{
    /// <summary>Why, as a code.</summary>
    public WithdrawalReason? Reason { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}
