using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.ServiceDefaults.Audit;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>
/// Payroll's entries on the shared chained audit log (ADR 0009): reads of a support parent's timesheets and payee
/// record (legal name, benefit-cliff data), recorded against the support parent (the id every service knows them by).
/// </summary>
public static class PayrollAudit
{
    public const string SupportParentRecord = "support-parent";

    public static readonly string[] TimesheetFields = ["timesheet.lines", "timesheet.total", "timesheet.warnings"];

    public static readonly string[] PayeeFields = ["payee.legalName", "payee.w9OnFile", "payee.benefit"];

    public static void RecordRead(this PayrollStipendDbContext db, HttpContext http, string programId, Guid supportParentId, string[] fields) =>
        db.Audit(http, AuditRecording.Read, programId, SupportParentRecord, supportParentId, fields);
}
