using ParentPartner.Contracts.Training;

namespace ParentPartner.Testing.Builders.Reporting;

/// <summary>The events training publishes about one support parent (same id throughout).</summary>
public sealed class SupportParentEventsBuilder(string programId)
{
    private string[] _languages = ["en"];
    private string _county = "Polk";
    private string[] _conditions = [];
    private string[] _caseExperience = [];
    private int _maxCaseload = 15;

    public Guid SupportParentId { get; } = Guid.NewGuid();

    public SupportParentEventsBuilder Speaking(params string[] languages)
    {
        _languages = languages;
        return this;
    }

    public SupportParentEventsBuilder InCounty(string county)
    {
        _county = county;
        return this;
    }

    public SupportParentEventsBuilder WithConditions(params string[] categories)
    {
        _conditions = categories;
        return this;
    }

    public SupportParentEventsBuilder WithCaseExperience(params string[] stages)
    {
        _caseExperience = stages;
        return this;
    }

    public SupportParentEventsBuilder WithCaseload(int max)
    {
        _maxCaseload = max;
        return this;
    }

    public SupportParentCertified Certified(DateTimeOffset at) => new()
    {
        SupportParentId = SupportParentId,
        ProgramId = programId,
        UserSubject = null,
        CertifiedAt = at,
        Languages = _languages,
        County = _county,
        ConditionCategories = _conditions,
        CaseExperience = _caseExperience,
        AvailableEvenings = true,
        AvailableWeekends = true,
        MaxCaseload = _maxCaseload,
        EmploymentType = "volunteer",
        FatherToFatherCapable = false,
    };

    public SupportParentProfileChanged ProfileChanged(DateTimeOffset at, string certificationStatus = "certified") => new()
    {
        SupportParentId = SupportParentId,
        ProgramId = programId,
        ChangedAt = at,
        CertificationStatus = certificationStatus,
        Languages = _languages,
        County = _county,
        ConditionCategories = _conditions,
        CaseExperience = _caseExperience,
        AvailableEvenings = true,
        AvailableWeekends = true,
        MaxCaseload = _maxCaseload,
        EmploymentType = "volunteer",
        FatherToFatherCapable = false,
    };

    public SupportParentCertificationLapsed Lapsed(DateTimeOffset at) => new()
    {
        SupportParentId = SupportParentId,
        ProgramId = programId,
        LapsedAt = at,
        OverdueCourses = ["cultural-competency"],
    };

    public SupportParentCertificationRestored Restored(DateTimeOffset at) => new()
    {
        SupportParentId = SupportParentId,
        ProgramId = programId,
        RestoredAt = at,
    };

    public SupportParentWithdrawn Withdrawn(DateTimeOffset at, string reason = "personal") => new()
    {
        SupportParentId = SupportParentId,
        ProgramId = programId,
        WithdrawnAt = at,
        Reason = reason,
    };

    /// <summary>An attended session (one enrolment); <paramref name="enrolmentId"/> again re-records the same enrolment.</summary>
    public TrainingAttended Attended(DateOnly on, bool completed = true, decimal hours = 3m, Guid? enrolmentId = null, DateTimeOffset? recordedAt = null) => new()
    {
        EnrolmentId = enrolmentId ?? Guid.NewGuid(),
        SupportParentId = SupportParentId,
        ProgramId = programId,
        UserSubject = null,
        EmploymentType = "volunteer",
        CohortId = Guid.NewGuid(),
        CourseId = Guid.NewGuid(),
        CourseCode = "mandatory-reporting",
        CourseKind = "pre-service",
        AttendedOn = on,
        SessionStartedAt = new DateTimeOffset(on.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero),
        Hours = hours,
        Completed = completed,
        RecordedAt = recordedAt ?? new DateTimeOffset(on.ToDateTime(new TimeOnly(21, 0)), TimeSpan.Zero),
    };
}
