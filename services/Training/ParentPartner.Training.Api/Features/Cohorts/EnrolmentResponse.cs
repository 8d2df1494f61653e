using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>A seat on a cohort's roster, with the name the trainer calls out (erased once the person withdraws).</summary>
/// <param name="Id">The enrolment's id.</param>
/// <param name="CohortId">The cohort the seat is on.</param>
/// <param name="SupportParentId">The support parent holding the seat.</param>
/// <param name="FirstName">Their first name; null once erased (withdrawn).</param>
/// <param name="LastName">Their last name; null once erased (withdrawn).</param>
/// <param name="Status">Enrolled, recorded or cancelled.</param>
/// <param name="EnrolledAt">When they enrolled (UTC).</param>
/// <param name="Attended">Whether they attended; false until recorded.</param>
/// <param name="Hours">Training hours credited; null until recorded.</param>
/// <param name="Completed">Whether the session counted as completing the course.</param>
/// <param name="RecordedAt">When attendance was recorded (UTC); null until then.</param>
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
