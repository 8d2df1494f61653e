using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>A contractor's numbered invoice for one period (one per timesheet), with its document and CSV as issued.</summary>
public sealed class Invoice : IProgramOwned
{
    public Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public int Number { get; init; }
    public Guid PeriodId { get; init; }
    public Guid TimesheetId { get; init; }
    public Guid SupportParentId { get; init; }
    public Guid ExportId { get; init; }
    public DateOnly PayDate { get; init; }
    public decimal Total { get; init; }
    public string Html { get; set; } = "";
    public string Csv { get; set; } = "";
    public DateTimeOffset IssuedAt { get; init; }

    public string DisplayNumber => $"INV-{Number:D6}";
}
