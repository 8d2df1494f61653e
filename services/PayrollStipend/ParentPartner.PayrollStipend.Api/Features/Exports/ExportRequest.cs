using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>Which file to export: payroll-csv (employees and volunteers), invoices (contractors) or billable-units. Example: {"kind":"payroll-csv"}.</summary>
public sealed record ExportRequest : IValidatableRequest
{
    /// <summary>Which file to produce.</summary>
    /// <example>"payroll-csv"</example>
    public ExportKind? Kind { get; init; }

    public FieldErrors Validate() => new FieldErrors().Required("kind", Kind);
}
