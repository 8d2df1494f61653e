using NodaTime;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Training.Api.Domain;

/// <summary>
/// A support parent (parent partner) from application to certification: who they are (erased on
/// withdrawal), the lived experience and matching profile, eligibility and certification.
/// </summary>
public sealed class SupportParent : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    /// <summary>The support parent's account (token `sub`): how they see their own profile, transcript and sessions.</summary>
    public string? UserSubject { get; set; }

    public SupportParentStatus Status { get; set; }

    public string? FirstName { get; set; }

    public string? LastName { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    public List<string> ConditionCategories { get; set; } = [];

    /// <summary>
    /// Year of birth of the child the lived experience is about: a year rather than an age so it stays
    /// true; matching reckons the age for child-age nearness. Null when not given.
    /// </summary>
    public int? ChildBirthYear { get; set; }

    /// <summary>When their own child-welfare case was resolved; null when they have none.</summary>
    public LocalDate? CaseResolvedOn { get; set; }

    /// <summary>Case stages lived through, kebab-case (<see cref="CaseStage"/>).</summary>
    public List<string> CaseExperience { get; set; } = [];

    /// <summary>Start of recovery, where recovery applies.</summary>
    public LocalDate? InRecoverySince { get; set; }

    public List<string> Languages { get; set; } = [];

    public string County { get; set; } = "";

    public bool AvailableEvenings { get; set; }

    public bool AvailableWeekends { get; set; }

    public int MaxCaseload { get; set; }

    public EmploymentType EmploymentType { get; set; }

    public bool FatherToFatherCapable { get; set; }

    public string? CulturalBackground { get; set; }

    /// <summary>The first day the waiting periods allow certification (the application day when none apply).</summary>
    public LocalDate EligibleOn { get; set; }

    public string EligibilityReason { get; set; } = "";

    public DateTimeOffset AppliedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? CreatedBy { get; init; }

    public DateTimeOffset? CertifiedAt { get; set; }

    /// <summary>The program-local date of certification: supplemental courses fall due from here.</summary>
    public LocalDate? CertifiedOn { get; set; }

    public DateTimeOffset? LapsedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public WithdrawalReason? WithdrawalReason { get; set; }

    /// <summary>PostgreSQL xmin: two writers (a sweep and a completion) cannot both move the certification.</summary>
    public uint Version { get; set; }

    /// <summary>
    /// Records an eligibility assessment. Before certification the status follows it (a waiting period
    /// that has passed, or one a settings change lengthened); after certification it is history.
    /// </summary>
    public void Record(Eligibility eligibility)
    {
        EligibleOn = eligibility.EligibleOn;
        EligibilityReason = eligibility.Reason;
        if (Status is SupportParentStatus.NotYetEligible or SupportParentStatus.InTraining)
        {
            Status = eligibility.IsEligible ? SupportParentStatus.InTraining : SupportParentStatus.NotYetEligible;
        }
    }

    public Eligibility Assess(TrainingSettings settings, LocalDate today) =>
        EligibilityRules.Assess(CaseResolvedOn, InRecoverySince, settings.Calendar.DateOf(AppliedAt), today, settings.EligibilityMonths, settings.RecoveryMonths);

    /// <summary>Everything matching holds about this person; a change to it is a ProfileChanged event.</summary>
    public string MatchingFingerprint() => string.Join('\u001f',
        UserSubject,
        string.Join(',', Languages),
        County,
        string.Join(',', ConditionCategories),
        ChildBirthYear,
        string.Join(',', CaseExperience),
        AvailableEvenings,
        AvailableWeekends,
        MaxCaseload,
        EmploymentType,
        FatherToFatherCapable,
        CulturalBackground);

    public bool IsKnownToMatching => Status is SupportParentStatus.Certified or SupportParentStatus.Lapsed;

    /// <summary>Erases what identifies the person; ids, counts, the profile categories and training hours stay.</summary>
    public void ErasePersonalData()
    {
        FirstName = null;
        LastName = null;
        Email = null;
        Phone = null;
        UserSubject = null;
        CulturalBackground = null;
        CaseResolvedOn = null;
        InRecoverySince = null;
        ChildBirthYear = null; // with a county and a condition, a child's birth year can point to a family
        EligibilityReason = "Withdrawn; personal data erased.";
    }
}
