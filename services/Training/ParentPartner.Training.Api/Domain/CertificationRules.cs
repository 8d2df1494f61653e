using NodaTime;

namespace ParentPartner.Training.Api.Domain;

/// <summary>
/// Certification: certified once eligible and every active pre-service course is complete; a
/// supplemental course is due within N days (default 365) of certification — or of the day the course
/// was added, if later — and overdue from the day after; an overdue course lapses the certification
/// (applied by the daily sweep), completing it restores the certification.
/// </summary>
public static class CertificationRules
{
    public static IReadOnlyList<Course> MissingPreService(IEnumerable<Course> activeCourses, IReadOnlySet<Guid> completedCourseIds) =>
        [.. activeCourses.Where(c => c.Kind == CourseKind.PreService && !c.IsRetired && !completedCourseIds.Contains(c.Id))];

    public static LocalDate DueOn(LocalDate certifiedOn, Course course, int dueDays) =>
        LocalDate.Max(certifiedOn, course.AddedOn).PlusDays(dueDays);

    public static IReadOnlyList<SupplementalDue> Supplemental(IEnumerable<Course> activeCourses, IReadOnlySet<Guid> completedCourseIds, LocalDate certifiedOn, LocalDate today, int dueDays) =>
    [
        .. activeCourses
            .Where(c => c.Kind == CourseKind.Supplemental && !c.IsRetired)
            .Select(c =>
            {
                var due = DueOn(certifiedOn, c, dueDays);
                var completed = completedCourseIds.Contains(c.Id);
                return new SupplementalDue(c, due, completed, !completed && today > due);
            }),
    ];

    /// <summary>
    /// The change a support parent's record needs today. Lapses only when <paramref name="applyLapses"/>
    /// (the daily sweep): recording one course never lapses someone for another.
    /// </summary>
    public static CertificationChange Evaluate(
        SupportParentStatus status,
        LocalDate eligibleOn,
        LocalDate? certifiedOn,
        IReadOnlyList<Course> activeCourses,
        IReadOnlySet<Guid> completedCourseIds,
        LocalDate today,
        int dueDays,
        bool applyLapses)
    {
        switch (status)
        {
            case SupportParentStatus.NotYetEligible or SupportParentStatus.InTraining:
                if (today < eligibleOn)
                {
                    return CertificationChange.None;
                }
                return MissingPreService(activeCourses, completedCourseIds).Count == 0 ? CertificationChange.Certify : CertificationChange.None;

            case SupportParentStatus.Certified when applyLapses && certifiedOn is { } since:
                return Supplemental(activeCourses, completedCourseIds, since, today, dueDays).Any(s => s.Overdue)
                    ? CertificationChange.Lapse
                    : CertificationChange.None;

            case SupportParentStatus.Lapsed when certifiedOn is { } since:
                return Supplemental(activeCourses, completedCourseIds, since, today, dueDays).Any(s => s.Overdue)
                    ? CertificationChange.None
                    : CertificationChange.Restore;

            default:
                return CertificationChange.None;
        }
    }
}
