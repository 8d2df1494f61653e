using NodaTime;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Tests.Rules;

public sealed class CertificationRulesTests
{
    private static readonly LocalDate CatalogueStart = new(2023, 1, 1);
    private static readonly Course Reporting = NewCourse("mandatory-reporting", CourseKind.PreService);
    private static readonly Course Boundaries = NewCourse("boundaries", CourseKind.PreService);
    private static readonly Course Violence = NewCourse("domestic-violence", CourseKind.Supplemental);
    private static readonly Course Health = NewCourse("mental-health", CourseKind.Supplemental);
    private static readonly IReadOnlyList<Course> Catalogue = [Reporting, Boundaries, Violence, Health];

    private static Course NewCourse(string code, CourseKind kind, LocalDate? addedOn = null) => new()
    {
        Id = Guid.NewGuid(),
        ProgramId = "p",
        Code = code,
        Title = code,
        Kind = kind,
        AddedOn = addedOn ?? CatalogueStart,
    };

    private static CertificationChange Evaluate(SupportParentStatus status, LocalDate today, IEnumerable<Course> completed, LocalDate? certifiedOn = null,
        LocalDate? eligibleOn = null, IReadOnlyList<Course>? catalogue = null, bool applyLapses = true) =>
        CertificationRules.Evaluate(status, eligibleOn ?? CatalogueStart, certifiedOn, catalogue ?? Catalogue,
            completed.Select(c => c.Id).ToHashSet(), today, 365, applyLapses);

    [Fact]
    public void Certified_once_every_pre_service_course_is_complete()
    {
        var today = new LocalDate(2025, 5, 1);

        Assert.Equal(CertificationChange.None, Evaluate(SupportParentStatus.InTraining, today, [Reporting]));
        Assert.Equal(CertificationChange.Certify, Evaluate(SupportParentStatus.InTraining, today, [Reporting, Boundaries]));
    }

    [Fact]
    public void Supplemental_courses_are_not_needed_for_certification()
    {
        Assert.Empty(CertificationRules.MissingPreService(Catalogue, new HashSet<Guid> { Reporting.Id, Boundaries.Id }));
    }

    [Fact]
    public void Not_certified_before_the_eligible_date_even_with_every_course_done()
    {
        var eligibleOn = new LocalDate(2025, 8, 1);

        Assert.Equal(CertificationChange.None, Evaluate(SupportParentStatus.NotYetEligible, new LocalDate(2025, 7, 31), [Reporting, Boundaries], eligibleOn: eligibleOn));
        Assert.Equal(CertificationChange.Certify, Evaluate(SupportParentStatus.NotYetEligible, eligibleOn, [Reporting, Boundaries], eligibleOn: eligibleOn));
    }

    [Fact]
    public void A_retired_pre_service_course_is_no_longer_required()
    {
        var retired = NewCourse("department-overview", CourseKind.PreService);
        retired.RetiredAt = DateTimeOffset.UnixEpoch;

        Assert.Equal(CertificationChange.Certify,
            Evaluate(SupportParentStatus.InTraining, new LocalDate(2025, 5, 1), [Reporting, Boundaries], catalogue: [.. Catalogue, retired]));
    }

    [Fact]
    public void A_supplemental_course_is_due_on_day_365_and_lapses_on_day_366()
    {
        var certified = new LocalDate(2025, 3, 10);
        var done = new[] { Reporting, Boundaries };

        Assert.Equal(new LocalDate(2026, 3, 10), CertificationRules.DueOn(certified, Violence, 365));
        Assert.Equal(CertificationChange.None, Evaluate(SupportParentStatus.Certified, new LocalDate(2026, 3, 10), done, certified));
        Assert.Equal(CertificationChange.Lapse, Evaluate(SupportParentStatus.Certified, new LocalDate(2026, 3, 11), done, certified));
    }

    [Fact]
    public void In_a_leap_year_day_365_is_new_years_eve_and_day_366_lapses()
    {
        var certified = new LocalDate(2024, 1, 1);

        Assert.Equal(new LocalDate(2024, 12, 31), CertificationRules.DueOn(certified, Violence, 365));
        Assert.Equal(CertificationChange.None, Evaluate(SupportParentStatus.Certified, new LocalDate(2024, 12, 31), [Reporting, Boundaries], certified));
        Assert.Equal(CertificationChange.Lapse, Evaluate(SupportParentStatus.Certified, new LocalDate(2025, 1, 1), [Reporting, Boundaries], certified));
    }

    [Fact]
    public void Only_the_sweep_lapses_a_certification()
    {
        var certified = new LocalDate(2024, 1, 1);

        Assert.Equal(CertificationChange.None,
            Evaluate(SupportParentStatus.Certified, new LocalDate(2025, 6, 1), [Reporting, Boundaries], certified, applyLapses: false));
    }

    [Fact]
    public void Completing_every_supplemental_course_keeps_the_certification()
    {
        Assert.Equal(CertificationChange.None,
            Evaluate(SupportParentStatus.Certified, new LocalDate(2027, 1, 1), [Reporting, Boundaries, Violence, Health], new LocalDate(2024, 1, 1)));
    }

    [Fact]
    public void A_supplemental_course_added_after_certification_is_due_from_the_day_it_was_added()
    {
        var certified = new LocalDate(2025, 1, 1);
        var added = NewCourse("substance-use", CourseKind.Supplemental, new LocalDate(2025, 9, 1));

        Assert.Equal(new LocalDate(2026, 9, 1), CertificationRules.DueOn(certified, added, 365));
        Assert.Equal(CertificationChange.None,
            Evaluate(SupportParentStatus.Certified, new LocalDate(2026, 8, 1), [Reporting, Boundaries, Violence, Health], certified, catalogue: [.. Catalogue, added]));
    }

    [Fact]
    public void A_lapse_is_restored_when_the_overdue_courses_are_completed_and_not_before()
    {
        var certified = new LocalDate(2024, 1, 1);
        var today = new LocalDate(2025, 3, 1);

        Assert.Equal(CertificationChange.None, Evaluate(SupportParentStatus.Lapsed, today, [Reporting, Boundaries, Violence], certified));
        Assert.Equal(CertificationChange.Restore, Evaluate(SupportParentStatus.Lapsed, today, [Reporting, Boundaries, Violence, Health], certified, applyLapses: false));
    }

    [Fact]
    public void A_withdrawn_support_parent_never_changes()
    {
        Assert.Equal(CertificationChange.None, Evaluate(SupportParentStatus.Withdrawn, new LocalDate(2025, 5, 1), [Reporting, Boundaries]));
    }

    [Fact]
    public void The_supplemental_list_says_which_courses_are_overdue()
    {
        var dues = CertificationRules.Supplemental(Catalogue, new HashSet<Guid> { Violence.Id }, new LocalDate(2024, 1, 1), new LocalDate(2025, 1, 1), 365);

        Assert.Equal(2, dues.Count);
        Assert.False(dues.Single(d => d.Course == Violence).Overdue);
        Assert.True(dues.Single(d => d.Course == Health).Overdue);
    }
}
