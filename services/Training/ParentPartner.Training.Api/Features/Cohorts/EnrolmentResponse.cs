using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>A seat on a cohort's roster, with the name the trainer calls out (erased once the person withdraws).</summary>
public sealed record EnrolmentResponse(
    Guid Id,
    Guid CohortId,
    Guid SupportParentId,
    string? FirstName,
    string? LastName,
    EnrolmentStatus Status,
    DateTimeOffset EnrolledAt,
    bool Attended,
    decimal? Hours,
    bool Completed,
    DateTimeOffset? RecordedAt)
{
    public static EnrolmentResponse From(Enrolment e, SupportParent p) =>
        new(e.Id, e.CohortId, e.SupportParentId, p.FirstName, p.LastName, e.Status, e.EnrolledAt, e.Attended, e.Hours, e.Completed, e.RecordedAt);
}
