using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>A file handed to a payroll system, accounts payable or a biller; kept as sent, so asking again returns the same bytes.</summary>
public sealed class PayrollExport : IProgramOwned
{
    public Guid Id { get; init; }
    public required string ProgramId { get; init; }
    public Guid PeriodId { get; init; }
    public ExportKind Kind { get; init; }

    /// <summary>1, 2… per period and kind: a second batch only when more timesheets were approved after the first.</summary>
    public int Batch { get; init; }

    public string FileName { get; init; } = "";
    public string ContentType { get; init; } = "text/csv";
    public string Content { get; init; } = "";
    public int TimesheetCount { get; init; }
    public decimal Total { get; init; }
    public DateTimeOffset CreatedAt { get; init; }
    public string? CreatedBy { get; init; }
}
