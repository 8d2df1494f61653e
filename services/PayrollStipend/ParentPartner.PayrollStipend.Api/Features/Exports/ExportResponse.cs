using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>An export as written; the file itself is at <see cref="FileUrl"/>.</summary>
/// <param name="Id">The export's id.</param>
/// <param name="PeriodId">The period exported.</param>
/// <param name="Kind">payroll-csv, invoices or billable-units.</param>
/// <param name="Batch">1, 2… per period and kind: a new batch only for timesheets approved after the last.</param>
/// <param name="FileName">The file's name.</param>
/// <param name="TimesheetCount">Timesheets in it.</param>
/// <param name="Total">Their total, in US dollars.</param>
/// <param name="CreatedAt">When it was written (UTC).</param>
/// <param name="FileUrl">Where to download the file.</param>
public sealed record ExportResponse(Guid Id, Guid PeriodId, ExportKind Kind, int Batch, string FileName, int TimesheetCount, decimal Total, DateTimeOffset CreatedAt, string FileUrl)
{
    public static ExportResponse From(PayrollExport e) =>
        new(e.Id, e.PeriodId, e.Kind, e.Batch, e.FileName, e.TimesheetCount, e.Total, e.CreatedAt, $"/api/payroll/programs/{e.ProgramId}/exports/{e.Id}/file");
}
