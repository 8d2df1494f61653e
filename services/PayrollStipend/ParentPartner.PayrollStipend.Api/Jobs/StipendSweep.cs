using Microsoft.EntityFrameworkCore;
using ParentPartner.PayrollStipend.Api.Data;
using ParentPartner.PayrollStipend.Api.Domain;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Jobs;

/// <summary>
/// Books the monthly match stipend for periods in which no event arrived (a month with no contact still pays the
/// stipend): for each match, every period from the last one booked through the period holding today (or the match's
/// end), prorated by days as <see cref="PayRules.MatchStipend"/>. Each match is claimed with one atomic UPDATE of its
/// booked-through day, under the payee's lock, in the same transaction as its lines: a second instance (or a second
/// run) finds the day already moved and books nothing, so every period gets its stipend once.
/// </summary>
public sealed class StipendSweep(PayrollStipendDbContext db, TimesheetLedger ledger, PayrollPrograms programs, ILogger<StipendSweep> logger)
{
    /// <summary>Sweeps one program, or every program (system work) when <paramref name="programId"/> is null; <paramref name="supportParentId"/> narrows it to one person.</summary>
    public async Task<StipendSweepResult> RunAsync(DateTimeOffset now, string? programId = null, Guid? supportParentId = null, CancellationToken cancellationToken = default)
    {
        var candidates = await db.Matches.AsNoTracking()
            .Where(m => (programId == null || m.ProgramId == programId) && (supportParentId == null || m.SupportParentId == supportParentId))
            .Where(m => m.EndedOn == null || m.StipendBookedThrough == null || m.StipendBookedThrough < m.EndedOn)
            .OrderBy(m => m.MatchId)
            .ToListAsync(cancellationToken);
        var booked = 0;
        foreach (var candidate in candidates)
        {
            if (await BookAsync(candidate, now, cancellationToken))
            {
                booked++;
            }
        }
        logger.LogInformation("Stipend sweep: {Matches} matches looked at, {Booked} booked", candidates.Count, booked);
        return new StipendSweepResult(now, candidates.Count, booked);
    }

    private async Task<bool> BookAsync(MatchRecord candidate, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.BeginOwnTransactionAsync(cancellationToken);
        var settings = await programs.SettingsAsync(candidate.ProgramId, cancellationToken);
        var today = settings.Calendar.DateAt(now);
        var last = candidate.EndedOn is { } ended && ended < today ? ended : today;
        if (last < candidate.MatchedOn)
        {
            return false;
        }
        // The payee first (as the consumers do), then the claim: the same lock order everywhere, so no deadlock.
        var payee = await ledger.LockPayeeAsync(candidate.ProgramId, candidate.SupportParentId, null, cancellationToken);
        var through = (await ledger.PeriodAsync(settings, last, cancellationToken)).EndsOn;
        var claimed = await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE matches SET stipend_booked_through = {through}
            WHERE match_id = {candidate.MatchId} AND (stipend_booked_through IS NULL OR stipend_booked_through < {through})
            """,
            cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        var match = await db.Matches.AsNoTracking().SingleAsync(m => m.MatchId == candidate.MatchId, cancellationToken);
        var from = candidate.StipendBookedThrough is { } before && before >= match.MatchedOn ? before.AddDays(1) : match.MatchedOn;
        while (from <= last)
        {
            var period = await ledger.PeriodAsync(settings, from, cancellationToken);
            // A new timesheet starts with the stipends of the matches active in it; save it before recomputing this
            // match's stipend so the recomputation sees those lines and adds none twice.
            await ledger.OpenTimesheetFromAsync(settings, payee, period, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await ledger.ApplyStipendAsync(settings, payee, match, period, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            from = period.EndsOn.AddDays(1);
        }
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
