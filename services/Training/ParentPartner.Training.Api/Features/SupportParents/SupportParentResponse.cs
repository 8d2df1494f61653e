using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>A support parent as their program's staff see them, and as they see themselves.</summary>
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

    public sealed record LivedExperienceView(IReadOnlyList<string> ConditionCategories, int? ChildBirthYear, ChildWelfareCaseView? ChildWelfareCase, DateOnly? InRecoverySince);

    public sealed record ChildWelfareCaseView(DateOnly ResolvedOn, IReadOnlyList<string> Stages);

    public sealed record AvailabilityView(bool Evenings, bool Weekends);

    /// <summary>Assessed as of today in the program's time zone, with the current settings.</summary>
    public sealed record EligibilityView(bool IsEligible, DateOnly EligibleOn, string Reason);

    public sealed record CertificationView(DateTimeOffset? CertifiedAt, DateOnly? CertifiedOn, DateTimeOffset? LapsedAt);
}
