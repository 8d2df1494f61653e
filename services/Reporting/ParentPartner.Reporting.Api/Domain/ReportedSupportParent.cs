using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// A support parent's matching profile (the latest by event time) for roster gaps. Whether they were
/// certified at a given moment comes from <see cref="CertificationTransition"/>.
/// </summary>
public sealed class ReportedSupportParent : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid SupportParentId { get; set; }

    public List<string> Languages { get; set; } = [];

    public string? County { get; set; }

    public List<string> ConditionCategories { get; set; } = [];

    public List<string> CaseExperience { get; set; } = [];

    public int MaxCaseload { get; set; }

    public string? EmploymentType { get; set; }

    public DateTimeOffset? ProfileAt { get; set; }

    public DateTimeOffset? FirstCertifiedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }
}
