using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>
/// Places lines on timesheets. A source's lines are recomputed whole: lines on timesheets not yet approved are
/// replaced; lines on approved ones stay, and the difference (or a late source's lines) goes to the person's next
/// open period as adjustment lines. Recomputing the same source twice changes nothing, which makes redelivery safe.
/// Callers hold <see cref="LockPayeeAsync"/> first, so one person's pay changes one unit of work at a time.
/// </summary>
public sealed class TimesheetLedger(PayrollStipendDbContext db, PayrollPrograms programs, TimeProvider clock)
{
    /// <summary>The payee row, created on first sight and locked (FOR UPDATE) until the transaction ends.</summary>
    public async Task<Payee> LockPayeeAsync(string programId, Guid supportParentId, string? subject, CancellationToken cancellationToken)
    {
        var now = clock.Now();
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO payees (support_parent_id, program_id, user_subject, employment_type, w9on_file, created_at, updated_at)
            VALUES ({supportParentId}, {programId}, {subject}, {nameof(EmploymentType.Contractor)}, false, {now}, {now})
            ON CONFLICT (support_parent_id) DO NOTHING
            """,
            cancellationToken);
        var payee = await db.Payees.FromSql($"SELECT * FROM payees WHERE support_parent_id = {supportParentId} AND program_id = {programId} FOR UPDATE")
            .IgnoreQueryFilters().SingleAsync(cancellationToken);
        if (subject is not null && payee.UserSubject != subject)
        {
            payee.UserSubject = subject;
            payee.UpdatedAt = now;
        }
        return payee;
    }

    /// <summary>The period holding a day, created (once, whoever comes first) from the program's calendar.</summary>
    public async Task<PayPeriod> PeriodAsync(PayrollSettings settings, DateOnly date, CancellationToken cancellationToken)
    {
        if (await db.Periods.FirstOrDefaultAsync(p => p.ProgramId == settings.ProgramId && p.StartsOn <= date && p.EndsOn >= date, cancellationToken) is { } found)
        {
            return found;
        }
        var (start, end, payDate) = settings.Calendar.PeriodContaining(date);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO pay_periods (id, program_id, starts_on, ends_on, pay_date, frequency, created_at)
            VALUES ({Guid.CreateVersion7()}, {settings.ProgramId}, {start}, {end}, {payDate}, {settings.Frequency.ToString()}, {clock.Now()})
            ON CONFLICT (program_id, starts_on) DO NOTHING
            """,
            cancellationToken);
        return await db.Periods.FirstAsync(p => p.ProgramId == settings.ProgramId && p.StartsOn == start, cancellationToken);
    }

    /// <summary>
    /// Puts a source's lines where they belong, then recomputes the monthly cap of every month whose lines changed;
    /// returns the timesheet that received the source's new lines (null when none did).
    /// </summary>
    public async Task<Timesheet?> ApplyAsync(PayrollSettings settings, Payee payee, LineSource source, DateOnly naturalDate, IReadOnlyList<LineDraft> desired, CancellationToken cancellationToken)
    {
        var months = new SortedSet<DateOnly>();
        var sheet = await PlaceAsync(settings, payee, source, naturalDate, desired, months, null, cancellationToken);
        if (months.Count > 0)
        {
            // Every caller holds a transaction: flushing here lets the cap read the month's lines from the database.
            await db.SaveChangesAsync(cancellationToken);
            foreach (var month in months)
            {
                await ApplyMonthlyCapAsync(settings, payee, month, cancellationToken);
            }
        }
        return sheet;
    }

    /// <summary>
    /// Brings the person's monthly-cap lines for one month to what <see cref="MonthlyCapRule"/> asks. When the
    /// cap lines already add up to minus the excess nothing is touched (recomputing twice changes nothing); otherwise
    /// the ledger's usual path books the difference: an open timesheet's cap line is replaced, an approved one stays
    /// and the change lands in the next open period as an adjustment.
    /// </summary>
    public async Task ApplyMonthlyCapAsync(PayrollSettings settings, Payee payee, DateOnly month, CancellationToken cancellationToken)
    {
        month = MonthlyCapRule.MonthOf(month);
        var next = month.AddMonths(1);
        var policy = await programs.PolicyOnAsync(settings.ProgramId, month, cancellationToken);
        var lines = await MonthLinesAsync(payee, month, next, cancellationToken);
        var (capped, earnings) = Measure(lines);
        if (capped == -MonthlyCapRule.Excess(policy.MonthlyCap, earnings))
        {
            return;
        }
        // The cap sits with the month's latest pay. Open that timesheet first (a new one may bring stipends, and so
        // cap lines of its own) and read the month again, so what is booked below is measured against the final lines.
        var on = lines.Where(l => l.SourceType == SourceType.MonthlyCap || PayRules.IsEarnings(l.Code)).Select(l => l.OccurredOn).DefaultIfEmpty(lines.Max(l => l.OccurredOn)).Max();
        await OpenTimesheetFromAsync(settings, payee, await PeriodAsync(settings, on, cancellationToken), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        (capped, earnings) = Measure(await MonthLinesAsync(payee, month, next, cancellationToken));
        var excess = MonthlyCapRule.Excess(policy.MonthlyCap, earnings);
        if (capped == -excess)
        {
            return;
        }
        var label = $"{month:yyyy-MM}";
        var source = new LineSource(SourceType.MonthlyCap, MonthlyCapRule.SourceId(payee.SupportParentId, month))
        {
            Reason = policy.MonthlyCap is { } cap
                ? $"Monthly cap of {cap:0.00} for {label}: earnings {earnings:0.00}, {excess:0.00} above the cap taken off (mileage is not capped)."
                : $"No monthly cap for {label} any more: what was taken off is paid back.",
        };
        List<LineDraft> desired = excess == 0 ? [] : [new LineDraft(EarningsCode.MonthlyCap, on, 0, 0, -excess)];
        await PlaceAsync(settings, payee, source, on, desired, null, month, cancellationToken);
    }

    /// <summary>What the cap's lines take off, and the earnings they are measured against (mileage and the cap's own lines left out).</summary>
    private static (decimal Capped, decimal Earnings) Measure(List<TimesheetLine> lines) =>
        (lines.Where(l => l.SourceType == SourceType.MonthlyCap).Sum(l => l.Amount),
         lines.Where(l => l.SourceType != SourceType.MonthlyCap && PayRules.IsEarnings(l.Code)).Sum(l => l.Amount));

    private Task<List<TimesheetLine>> MonthLinesAsync(Payee payee, DateOnly month, DateOnly next, CancellationToken cancellationToken) =>
        db.Lines.AsNoTracking().Where(l => l.SupportParentId == payee.SupportParentId && l.OccurredOn >= month && l.OccurredOn < next).ToListAsync(cancellationToken);

    /// <summary>
    /// The ledger's one path for a source: open lines replaced, approved ones kept and the difference booked in the
    /// next open period. Adds to <paramref name="touched"/> the month of every line removed or added.
    /// </summary>
    private async Task<Timesheet?> PlaceAsync(PayrollSettings settings, Payee payee, LineSource source, DateOnly naturalDate, IReadOnlyList<LineDraft> desired,
        ISet<DateOnly>? touched, DateOnly? policyDate, CancellationToken cancellationToken)
    {
        var existing = await db.Lines
            .Where(l => l.SupportParentId == payee.SupportParentId && l.SourceType == source.Type && l.SourceId == source.Id && l.SourcePeriodId == source.PeriodId)
            .Join(db.Timesheets, l => l.TimesheetId, t => t.Id, (l, t) => new { Line = l, Sheet = t })
            .ToListAsync(cancellationToken);
        var now = clock.Now();
        foreach (var open in existing.Where(e => !e.Sheet.IsLocked))
        {
            open.Sheet.Total -= open.Line.Amount;
            open.Sheet.UpdatedAt = now;
            db.Lines.Remove(open.Line);
            touched?.Add(MonthlyCapRule.MonthOf(open.Line.OccurredOn));
        }
        var booked = existing.Where(e => e.Sheet.IsLocked)
            .Select(e => new LineDraft(e.Line.Code, e.Line.OccurredOn, e.Line.Quantity, e.Line.Rate, e.Line.Amount, e.Line.Minutes)).ToList();
        var toAdd = booked.Count == 0 ? desired : Reconciliation.Delta(desired, booked);
        if (toAdd.Count == 0)
        {
            return null;
        }

        var natural = await PeriodAsync(settings, naturalDate, cancellationToken);
        var sheet = await OpenTimesheetFromAsync(settings, payee, natural, cancellationToken);
        var isAdjustment = booked.Count > 0 || sheet.PeriodId != natural.Id;
        var reason = source.Reason ?? (!isAdjustment ? null
            : booked.Count > 0 ? $"Correction (revision {source.Revision}) of lines approved for the period starting {natural.StartsOn:yyyy-MM-dd}."
            : $"Arrived after the period starting {natural.StartsOn:yyyy-MM-dd} was approved.");
        var policy = await programs.PolicyOnAsync(settings.ProgramId, policyDate ?? naturalDate, cancellationToken);
        foreach (var draft in toAdd)
        {
            touched?.Add(MonthlyCapRule.MonthOf(draft.OccurredOn));
            db.Lines.Add(new TimesheetLine
            {
                Id = Guid.CreateVersion7(),
                ProgramId = settings.ProgramId,
                TimesheetId = sheet.Id,
                SupportParentId = payee.SupportParentId,
                Code = draft.Code,
                OccurredOn = draft.OccurredOn,
                Quantity = draft.Quantity,
                Rate = draft.Rate,
                Amount = draft.Amount,
                Minutes = draft.Minutes,
                SourceType = source.Type,
                SourceId = source.Id,
                SourcePeriodId = source.PeriodId,
                SourceRevision = source.Revision,
                SourceMessageId = source.MessageId,
                MatchId = source.MatchId,
                PolicyVersion = source.Type == SourceType.Manual ? null : policy.Version,
                IsAdjustment = isAdjustment,
                Reason = reason,
                CreatedBy = source.CreatedBy,
                CreatedAt = now,
            });
            sheet.Total += draft.Amount;
        }
        sheet.UpdatedAt = now;
        return sheet;
    }

    /// <summary>The person's timesheet in this period if it is not yet approved, else in the first later period where it is not.</summary>
    public async Task<Timesheet> OpenTimesheetFromAsync(PayrollSettings settings, Payee payee, PayPeriod period, CancellationToken cancellationToken)
    {
        while (true)
        {
            var sheet = await TimesheetAsync(settings, payee, period, cancellationToken);
            if (!sheet.IsLocked)
            {
                return sheet;
            }
            period = await PeriodAsync(settings, period.EndsOn.AddDays(1), cancellationToken);
        }
    }

    /// <summary>The person's timesheet for a period; a new one starts with the stipends of the matches active in it.</summary>
    public async Task<Timesheet> TimesheetAsync(PayrollSettings settings, Payee payee, PayPeriod period, CancellationToken cancellationToken)
    {
        if (db.Timesheets.Local.FirstOrDefault(t => t.PeriodId == period.Id && t.SupportParentId == payee.SupportParentId) is { } pending)
        {
            return pending;
        }
        if (await db.Timesheets.FirstOrDefaultAsync(t => t.PeriodId == period.Id && t.SupportParentId == payee.SupportParentId, cancellationToken) is { } stored)
        {
            return stored;
        }
        var now = clock.Now();
        var sheet = new Timesheet
        {
            Id = Guid.CreateVersion7(),
            ProgramId = settings.ProgramId,
            PeriodId = period.Id,
            SupportParentId = payee.SupportParentId,
            Status = TimesheetStatus.Draft,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Timesheets.Add(sheet);
        await RefreshStipendsAsync(settings, payee, period, cancellationToken);
        return sheet;
    }

    /// <summary>Recomputes the match stipend of every match of the person active in the period.</summary>
    public async Task RefreshStipendsAsync(PayrollSettings settings, Payee payee, PayPeriod period, CancellationToken cancellationToken)
    {
        var matches = await db.Matches.AsNoTracking()
            .Where(m => m.SupportParentId == payee.SupportParentId && m.MatchedOn <= period.EndsOn && (m.EndedOn == null || m.EndedOn >= period.StartsOn))
            .ToListAsync(cancellationToken);
        foreach (var match in matches)
        {
            await ApplyStipendAsync(settings, payee, match, period, cancellationToken);
        }
    }

    public async Task ApplyStipendAsync(PayrollSettings settings, Payee payee, MatchRecord match, PayPeriod period, CancellationToken cancellationToken)
    {
        var policy = await programs.PolicyOnAsync(settings.ProgramId, period.StartsOn, cancellationToken);
        var lines = PayRules.MatchStipend(policy, period.StartsOn, period.EndsOn, match.MatchedOn, match.EndedOn);
        var source = new LineSource(SourceType.Match, match.MatchId, period.Id, match.EndedOn is null ? 1 : 2, match.EndedMessageId ?? match.MadeMessageId, match.MatchId);
        await ApplyAsync(settings, payee, source, period.StartsOn, lines, cancellationToken);
    }
}
