using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>
/// Writes an export of a period and marks what it covers in the same transaction: payroll CSV and invoices mark their
/// timesheets exported (so nothing is paid twice), billable units mark them billed. Timesheets already covered are
/// never included again; with nothing new to cover, the latest file of that kind is returned as it was.
/// Exports of a program run one at a time (the settings row is locked), which also numbers invoices without gaps.
/// </summary>
public sealed class ExportBuilder(PayrollStipendDbContext db, PayrollPrograms programs, TimeProvider clock)
{
    private static string Day(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public async Task<(PayrollExport Export, bool Created)?> ExportAsync(PayPeriod period, ExportKind kind, string? by, CancellationToken cancellationToken)
    {
        await programs.SettingsAsync(period.ProgramId, cancellationToken);
        var settings = await db.Settings.FromSql($"SELECT * FROM payroll_settings WHERE program_id = {period.ProgramId} FOR UPDATE").IgnoreQueryFilters().SingleAsync(cancellationToken);
        var candidates = await db.Timesheets.Where(t => t.PeriodId == period.Id)
            .Join(db.Payees, t => t.SupportParentId, p => p.SupportParentId, (t, p) => new { Sheet = t, Payee = p })
            .Where(x => kind == ExportKind.BillableUnits
                ? x.Sheet.BilledExportId == null && (x.Sheet.Status == TimesheetStatus.Approved || x.Sheet.Status == TimesheetStatus.Exported || x.Sheet.Status == TimesheetStatus.Paid)
                : x.Sheet.Status == TimesheetStatus.Approved && (kind == ExportKind.Invoices) == (x.Payee.EmploymentType == EmploymentType.Contractor))
            .OrderBy(x => x.Sheet.SupportParentId)
            .ToListAsync(cancellationToken);
        var held = kind == ExportKind.Invoices && settings.HoldUntilW9;
        var covered = candidates.Where(c => !held || c.Payee.W9OnFile).Select(c => (c.Sheet, c.Payee)).ToList();

        var previous = await db.Exports.Where(e => e.PeriodId == period.Id && e.Kind == kind).OrderByDescending(e => e.Batch).FirstOrDefaultAsync(cancellationToken);
        if (covered.Count == 0)
        {
            return previous is null ? null : (previous, false);
        }

        var ids = covered.Select(c => c.Sheet.Id).ToList();
        var lines = (await db.Lines.AsNoTracking().Where(l => ids.Contains(l.TimesheetId)).ToListAsync(cancellationToken))
            .OrderBy(l => l.OccurredOn).ThenBy(l => l.Id).ToLookup(l => l.TimesheetId);
        var now = clock.Now();
        var id = Guid.CreateVersion7();
        var batch = (previous?.Batch ?? 0) + 1;
        var content = kind switch
        {
            ExportKind.PayrollCsv => PayrollCsv(period, covered, lines),
            ExportKind.Invoices => Invoices(settings, period, covered, lines, id, now),
            _ => Units(settings, covered, lines),
        };
        var export = new PayrollExport
        {
            Id = id,
            ProgramId = period.ProgramId,
            PeriodId = period.Id,
            Kind = kind,
            Batch = batch,
            FileName = $"{period.ProgramId}-{Day(period.StartsOn)}-{KebabEnum.Name(kind)}-{batch}.csv",
            Content = content,
            TimesheetCount = covered.Count,
            Total = kind == ExportKind.BillableUnits ? 0 : covered.Sum(c => c.Sheet.Total),
            CreatedAt = now,
            CreatedBy = by,
        };
        db.Exports.Add(export);
        foreach (var (sheet, _) in covered)
        {
            if (kind == ExportKind.BillableUnits)
            {
                sheet.BilledExportId = id;
            }
            else
            {
                sheet.Status = TimesheetStatus.Exported;
                sheet.ExportId = id;
            }
            sheet.UpdatedAt = now;
        }
        await db.SaveChangesAsync(cancellationToken);
        return (export, true);
    }

    private static string PayrollCsv(PayPeriod period, List<(Timesheet Sheet, Payee Payee)> covered, ILookup<Guid, TimesheetLine> lines) =>
        Csv.Of(["period_start", "period_end", "pay_date", "support_parent_id", "legal_name", "employment_type", "earnings_code", "hours", "quantity", "amount"],
            covered.SelectMany(c => lines[c.Sheet.Id].GroupBy(l => l.Code).OrderBy(g => g.Key).Select(g => new object?[]
            {
                period.StartsOn, period.EndsOn, period.PayDate, c.Payee.SupportParentId, c.Payee.LegalName, KebabEnum.Name(c.Payee.EmploymentType),
                KebabEnum.Name(g.Key), Money.Hours(g.Sum(l => l.Minutes)), g.Sum(l => l.Quantity), g.Sum(l => l.Amount),
            })));

    private string Invoices(PayrollSettings settings, PayPeriod period, List<(Timesheet Sheet, Payee Payee)> covered, ILookup<Guid, TimesheetLine> lines, Guid exportId, DateTimeOffset now)
    {
        var rows = new List<object?[]>();
        foreach (var (sheet, payee) in covered)
        {
            var own = lines[sheet.Id].ToList();
            var invoice = new Invoice
            {
                Id = Guid.CreateVersion7(),
                ProgramId = settings.ProgramId,
                Number = ++settings.LastInvoiceNumber,
                PeriodId = period.Id,
                TimesheetId = sheet.Id,
                SupportParentId = payee.SupportParentId,
                ExportId = exportId,
                PayDate = period.PayDate,
                Total = own.Sum(l => l.Amount),
                IssuedAt = now,
            };
            invoice.Html = InvoiceDocument.Html(invoice, payee, period, own, settings.ProgramId);
            invoice.Csv = InvoiceDocument.CsvOf(invoice, own);
            db.Invoices.Add(invoice);
            rows.Add([invoice.DisplayNumber, payee.SupportParentId, payee.LegalName, period.StartsOn, period.EndsOn, period.PayDate, invoice.Total]);
        }
        return Csv.Of(["invoice_number", "support_parent_id", "legal_name", "period_start", "period_end", "pay_date", "total"], rows);
    }

    private static string Units(PayrollSettings settings, List<(Timesheet Sheet, Payee Payee)> covered, ILookup<Guid, TimesheetLine> lines) =>
        Csv.Of(["service_date", "support_parent_id", "match_id", "contact_id", "procedure_code", "minutes", "units"], covered.SelectMany(c => lines[c.Sheet.Id]
            .Where(l => l.SourceType == SourceType.Contact && l.Code != EarningsCode.Mileage)
            .GroupBy(l => l.SourceId)
            .Select(g => (Contact: g.Key, First: g.First(), Minutes: g.Sum(l => l.Minutes)))
            .Where(x => x.Minutes > 0)
            .Select(x => new object?[] { x.First.OccurredOn, c.Payee.SupportParentId, x.First.MatchId, x.Contact, settings.BillingCode, x.Minutes, BillableUnits.For(x.Minutes, settings.UnitRounding) })));
}
