using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>Enrols a support parent in a scheduled cohort.</summary>
/// <example>{"supportParentId":"5f0c7a2e-3b1d-4c8e-9a6f-2d4b8e1c7a90"}</example>
public sealed record EnrolRequest : IValidatableRequest
{
    /// <summary>The support parent to enrol.</summary>
    public Guid? SupportParentId { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("supportParentId", SupportParentId);
}
