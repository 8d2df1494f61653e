using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Training.Api.Features.Cohorts;

public sealed record EnrolRequest : IValidatableRequest
{
    public Guid? SupportParentId { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("supportParentId", SupportParentId);
}
