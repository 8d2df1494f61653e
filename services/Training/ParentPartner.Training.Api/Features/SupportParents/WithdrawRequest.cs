using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

public sealed record WithdrawRequest : IValidatableRequest
{
    public WithdrawalReason? Reason { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("reason", Reason);
}
