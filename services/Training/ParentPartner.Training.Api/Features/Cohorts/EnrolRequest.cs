using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>Enrols a support parent in a scheduled cohort.</summary>
public sealed record EnrolRequest : IValidatableRequest
{
    /// <summary>The support parent to enrol.</summary>
    public Guid? SupportParentId { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("supportParentId", SupportParentId);
}
