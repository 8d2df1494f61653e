using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>An export as written; the file itself is at <see cref="FileUrl"/>.</summary>
public sealed record ExportResponse(Guid Id, Guid PeriodId, ExportKind Kind, int Batch, string FileName, int TimesheetCount, decimal Total, DateTimeOffset CreatedAt, string FileUrl)
{
    public static ExportResponse From(PayrollExport e) =>
        new(e.Id, e.PeriodId, e.Kind, e.Batch, e.FileName, e.TimesheetCount, e.Total, e.CreatedAt, $"/api/payroll/programs/{e.ProgramId}/exports/{e.Id}/file");
}
