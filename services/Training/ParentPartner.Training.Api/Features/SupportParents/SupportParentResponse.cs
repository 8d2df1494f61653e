using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>A support parent as their program's staff see them, and as they see themselves.</summary>
/// <param name="Id">The support parent's id.</param>
/// <param name="ProgramId">Their program.</param>
/// <param name="Status">Where they stand (an elapsed waiting period shows as in training).</param>
/// <param name="UserSubject">Their login's token subject, once linked; null before.</param>
/// <param name="FirstName">First name; null once erased.</param>
/// <param name="LastName">Last name; null once erased.</param>
/// <param name="Email">Email address; null when not given or erased.</param>
/// <param name="Phone">Phone number; null when not given or erased.</param>
/// <param name="LivedExperience">The lived experience they bring to families.</param>
/// <param name="Languages">Languages they can support a family in.</param>
/// <param name="County">The county they serve.</param>
/// <param name="Availability">When they can meet families.</param>
/// <param name="MaxCaseload">Families they may carry at once.</param>
/// <param name="EmploymentType">Employee, contractor or volunteer.</param>
/// <param name="FatherToFatherCapable">Whether they can be matched father to father.</param>
/// <param name="CulturalBackground">Their cultural background in their own words; null when not given.</param>
/// <param name="Eligibility">Whether they may be certified yet, and from when.</param>
/// <param name="Certification">Their certification dates.</param>
/// <param name="AppliedAt">When they applied (UTC).</param>
/// <param name="UpdatedAt">When the record last changed (UTC).</param>
/// <param name="WithdrawnAt">When they withdrew (UTC); null while active.</param>
/// <param name="WithdrawalReason">Why they withdrew; null while active.</param>
public sealed record SupportParentResponse(
    Guid Id,
    string ProgramId,
    SupportParentStatus Status,
    string? UserSubject,
    string? FirstName,
    string? LastName,
    string? Email,
    string? Phone,
    SupportParentResponse.LivedExperienceView LivedExperience,
    IReadOnlyList<string> Languages,
    string County,
    SupportParentResponse.AvailabilityView Availability,
    int MaxCaseload,
    EmploymentType EmploymentType,
    bool FatherToFatherCapable,
    string? CulturalBackground,
    SupportParentResponse.EligibilityView Eligibility,
    SupportParentResponse.CertificationView Certification,
    DateTimeOffset AppliedAt,
    DateTimeOffset UpdatedAt,
    DateTimeOffset? WithdrawnAt,
    WithdrawalReason? WithdrawalReason)
{
    public static SupportParentResponse From(SupportParent p, TrainingSettings settings, DateTimeOffset now)
    {
        var today = settings.Calendar.Today(now);
        var eligibility = new EligibilityView(false, p.EligibleOn.ToDateOnly(), p.EligibilityReason);
        if (p.Status != SupportParentStatus.Withdrawn)
        {
            var assessed = p.Assess(settings, today);
            eligibility = new EligibilityView(assessed.IsEligible, assessed.EligibleOn.ToDateOnly(), assessed.Reason);
        }
        var status = p.Status == SupportParentStatus.NotYetEligible && eligibility.IsEligible ? SupportParentStatus.InTraining : p.Status;
        return new(
            p.Id,
            p.ProgramId,
            status,
            p.UserSubject,
            p.FirstName,
            p.LastName,
            p.Email,
            p.Phone,
            new LivedExperienceView(
                p.ConditionCategories,
                p.ChildBirthYear,
                p.CaseResolvedOn is { } resolved ? new ChildWelfareCaseView(resolved.ToDateOnly(), p.CaseExperience) : null,
                p.InRecoverySince?.ToDateOnly()),
            p.Languages,
            p.County,
            new AvailabilityView(p.AvailableEvenings, p.AvailableWeekends),
            p.MaxCaseload,
            p.EmploymentType,
            p.FatherToFatherCapable,
            p.CulturalBackground,
            eligibility,
            new CertificationView(p.CertifiedAt, p.CertifiedOn?.ToDateOnly(), p.LapsedAt),
            p.AppliedAt,
            p.UpdatedAt,
            p.WithdrawnAt,
            p.WithdrawalReason);
    }

    /// <summary>The lived experience a support parent brings.</summary>
    /// <param name="ConditionCategories">Condition categories they have lived through (e.g. substance use).</param>
    /// <param name="ChildBirthYear">Birth year of the child in their own case; null when not given.</param>
    /// <param name="ChildWelfareCase">Their own child-welfare case; null when none.</param>
    /// <param name="InRecoverySince">The day their recovery began; null when not applicable.</param>
    public sealed record LivedExperienceView(IReadOnlyList<string> ConditionCategories, int? ChildBirthYear, ChildWelfareCaseView? ChildWelfareCase, DateOnly? InRecoverySince);

    /// <summary>The support parent's own child-welfare case.</summary>
    /// <param name="ResolvedOn">The day their own case resolved; the waiting period counts from it.</param>
    /// <param name="Stages">The case stages they went through (pre-removal, shelter hearing, in care, reunified).</param>
    public sealed record ChildWelfareCaseView(DateOnly ResolvedOn, IReadOnlyList<string> Stages);

    /// <summary>When a support parent can meet families.</summary>
    /// <param name="Evenings">Can meet on weekday evenings.</param>
    /// <param name="Weekends">Can meet on weekends.</param>
    public sealed record AvailabilityView(bool Evenings, bool Weekends);

    /// <summary>Assessed as of today in the program's time zone, with the current settings.</summary>
    /// <param name="IsEligible">Whether they may be certified today.</param>
    /// <param name="EligibleOn">The first day they may be (program's time zone).</param>
    /// <param name="Reason">Why, in words a coordinator can read out.</param>
    public sealed record EligibilityView(bool IsEligible, DateOnly EligibleOn, string Reason);

    /// <summary>A support parent's certification dates.</summary>
    /// <param name="CertifiedAt">When they were certified (UTC); null if not yet.</param>
    /// <param name="CertifiedOn">The same, as a day in the program's time zone.</param>
    /// <param name="LapsedAt">When their certification lapsed for an overdue supplemental course (UTC); null when not lapsed.</param>
    public sealed record CertificationView(DateTimeOffset? CertifiedAt, DateOnly? CertifiedOn, DateTimeOffset? LapsedAt);
}
