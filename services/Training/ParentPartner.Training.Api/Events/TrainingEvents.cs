using ParentPartner.Contracts.Training;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Erasure;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Events;

/// <summary>The events training publishes, built from a support parent: ids and the matching profile, never a name or contact.</summary>
public static class TrainingEvents
{
    public static SupportParentCertified Certified(SupportParent parent, DateTimeOffset at) => new()
    {
        SupportParentId = parent.Id,
        ProgramId = parent.ProgramId,
        UserSubject = parent.UserSubject,
        CertifiedAt = at,
        Languages = [.. parent.Languages],
        County = parent.County,
        ConditionCategories = [.. parent.ConditionCategories],
        CaseExperience = [.. parent.CaseExperience],
        AvailableEvenings = parent.AvailableEvenings,
        AvailableWeekends = parent.AvailableWeekends,
        MaxCaseload = parent.MaxCaseload,
        EmploymentType = KebabEnum.Name(parent.EmploymentType),
        FatherToFatherCapable = parent.FatherToFatherCapable,
        CulturalBackground = parent.CulturalBackground,
        ChildBirthYear = parent.ChildBirthYear,
    };

    public static SupportParentProfileChanged ProfileChanged(SupportParent parent, DateTimeOffset at) => new()
    {
        SupportParentId = parent.Id,
        ProgramId = parent.ProgramId,
        UserSubject = parent.UserSubject,
        ChangedAt = at,
        CertificationStatus = KebabEnum.Name(parent.Status),
        Languages = [.. parent.Languages],
        County = parent.County,
        ConditionCategories = [.. parent.ConditionCategories],
        CaseExperience = [.. parent.CaseExperience],
        AvailableEvenings = parent.AvailableEvenings,
        AvailableWeekends = parent.AvailableWeekends,
        MaxCaseload = parent.MaxCaseload,
        EmploymentType = KebabEnum.Name(parent.EmploymentType),
        FatherToFatherCapable = parent.FatherToFatherCapable,
        CulturalBackground = parent.CulturalBackground,
        ChildBirthYear = parent.ChildBirthYear,
    };

    public static SupportParentCertificationLapsed Lapsed(SupportParent parent, IEnumerable<string> overdueCourses, DateTimeOffset at) => new()
    {
        SupportParentId = parent.Id,
        ProgramId = parent.ProgramId,
        LapsedAt = at,
        OverdueCourses = [.. overdueCourses],
    };

    public static SupportParentCertificationRestored Restored(SupportParent parent, DateTimeOffset at) => new()
    {
        SupportParentId = parent.Id,
        ProgramId = parent.ProgramId,
        RestoredAt = at,
    };

    /// <summary>
    /// A withdrawal: the profiles already written about the person (sent and kept for days, or pending) lose what
    /// described them, and stored responses that named them lose their bodies. Hours and dates stay for pay and counts.
    /// </summary>
    public static async Task EraseSentAsync(ServiceDbContext db, Guid supportParentId, CancellationToken cancellationToken)
    {
        await db.RedactOutboxAsync<SupportParentCertified>(nameof(SupportParentCertified.SupportParentId), supportParentId, m => m with
        {
            UserSubject = null, Languages = [], County = "", ConditionCategories = [], CaseExperience = [], AvailableEvenings = false,
            AvailableWeekends = false, FatherToFatherCapable = false, CulturalBackground = null, ChildBirthYear = null,
        }, cancellationToken);
        await db.RedactOutboxAsync<SupportParentProfileChanged>(nameof(SupportParentProfileChanged.SupportParentId), supportParentId, m => m with
        {
            UserSubject = null, Languages = [], County = "", ConditionCategories = [], CaseExperience = [], AvailableEvenings = false,
            AvailableWeekends = false, FatherToFatherCapable = false, CulturalBackground = null, ChildBirthYear = null,
        }, cancellationToken);
        await db.ForgetStoredResponsesAsync([supportParentId], cancellationToken);
    }

    public static SupportParentWithdrawn Withdrawn(SupportParent parent, DateTimeOffset at) => new()
    {
        SupportParentId = parent.Id,
        ProgramId = parent.ProgramId,
        WithdrawnAt = at,
        Reason = KebabEnum.Name(parent.WithdrawalReason ?? WithdrawalReason.Other),
    };

    public static TrainingAttended Attended(Enrolment enrolment, SupportParent parent, Cohort cohort, Course course, DateOnly attendedOn) => new()
    {
        EnrolmentId = enrolment.Id,
        SupportParentId = parent.Id,
        ProgramId = parent.ProgramId,
        UserSubject = parent.UserSubject,
        EmploymentType = KebabEnum.Name(parent.EmploymentType),
        CohortId = cohort.Id,
        CourseId = course.Id,
        CourseCode = course.Code,
        CourseKind = KebabEnum.Name(course.Kind),
        AttendedOn = attendedOn,
        SessionStartedAt = cohort.StartsAt,
        Hours = enrolment.Hours ?? 0m,
        Completed = enrolment.Completed,
        RecordedAt = enrolment.RecordedAt!.Value,
    };
}
