using ParentPartner.Contracts.Training;

namespace ParentPartner.Testing.Builders.Training;

/// <summary>A SupportParentCertified event as training publishes it, for consumers' tests (matching's pool, reporting).</summary>
public sealed class SupportParentCertifiedBuilder(string programId)
{
    private SupportParentCertified _event = new()
    {
        SupportParentId = Guid.NewGuid(),
        ProgramId = programId,
        UserSubject = Guid.NewGuid().ToString(),
        CertifiedAt = DateTimeOffset.UtcNow,
        Languages = ["en"],
        County = "Polk",
        ConditionCategories = [],
        CaseExperience = ["in-care", "reunified"],
        AvailableEvenings = true,
        AvailableWeekends = false,
        MaxCaseload = 15,
        EmploymentType = "contractor",
        FatherToFatherCapable = false,
    };

    public SupportParentCertifiedBuilder Speaking(params string[] languages) => Set(e => e with { Languages = languages });

    public SupportParentCertifiedBuilder InCounty(string county) => Set(e => e with { County = county });

    public SupportParentCertifiedBuilder WithConditions(params string[] categories) => Set(e => e with { ConditionCategories = categories });

    public SupportParentCertifiedBuilder FatherToFather() => Set(e => e with { FatherToFatherCapable = true });

    public SupportParentCertifiedBuilder WithCaseload(int max) => Set(e => e with { MaxCaseload = max });

    /// <summary>The support parent's own child (the one the lived experience is about) was born in <paramref name="year"/>.</summary>
    public SupportParentCertifiedBuilder WithChildBornIn(int year) => Set(e => e with { ChildBirthYear = year });

    public SupportParentCertified Build() => _event;

    private SupportParentCertifiedBuilder Set(Func<SupportParentCertified, SupportParentCertified> change)
    {
        _event = change(_event);
        return this;
    }
}
