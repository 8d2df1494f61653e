using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// A support parent as payroll knows them. Employment type and account come from training's events; the legal name
/// (for invoices and the payroll file), the W-9 flag and the benefit-cliff data are entered in payroll and never
/// leave it in an event or a log.
/// </summary>
public sealed class Payee : IProgramOwned
{
    public Guid SupportParentId { get; init; }
    public required string ProgramId { get; init; }
    public string? UserSubject { get; set; }
    public EmploymentType EmploymentType { get; set; } = EmploymentType.Contractor;
    public DateTimeOffset? EmploymentTypeAsOf { get; set; }

    public string? LegalName { get; set; }
    public bool W9OnFile { get; set; }

    /// <summary>Which benefit the person receives (a code such as ssi, snap, medicaid), given with consent.</summary>
    public string? BenefitKind { get; set; }

    /// <summary>The monthly earnings level that would reduce the benefit.</summary>
    public decimal? BenefitMonthlyLevel { get; set; }

    public DateTimeOffset? BenefitConsentAt { get; set; }
    public DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
}
