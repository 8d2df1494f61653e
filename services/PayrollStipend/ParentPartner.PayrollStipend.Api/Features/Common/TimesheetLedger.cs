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

    /// <summary>Puts a source's lines where they belong; returns the timesheet that received new lines (null when none did).</summary>
    public async Task<Timesheet?> ApplyAsync(PayrollSettings settings, Payee payee, LineSource source, DateOnly naturalDate, IReadOnlyList<LineDraft> desired, CancellationToken cancellationToken)
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
        var policy = await programs.PolicyOnAsync(settings.ProgramId, naturalDate, cancellationToken);
        foreach (var draft in toAdd)
        {
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
