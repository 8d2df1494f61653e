using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Projections;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Reporting.Api.EventLog;

/// <summary>
/// Throws the read models away (one program's, or every program's) and replays the event log in order
/// through the same appliers the consumers use, in one transaction. The log is held in SHARE mode meanwhile:
/// consumers wait (nothing is lost, nothing applied twice), readers keep reading the old figures until commit.
/// Settings and approved annual reports are reporting's own records, not read models: they are kept.
/// </summary>
public sealed class ReadModelRebuilder(DbContextOptions<ReportingDbContext> options, ILogger<ReadModelRebuilder> logger)
{
    private const int Batch = 500;

    // Every table built from events only.
    private static readonly string[] ReadModels =
    [
        "referral_counts", "report_referrals", "report_matches", "report_offers", "report_support_parents",
        "report_certification_transitions", "report_trainings", "report_annual_answers",
        "report_contacts", "report_appointments", "report_overdue_plan_items",
        "report_information_requests", "report_re_entries", "report_payments", "report_paid_earnings",
    ];

    // Table names are the constants above, never input.
    private static readonly string[] DeleteAll = [.. ReadModels.Select(table => "DELETE FROM " + table)];
    private static readonly string[] DeleteProgram = [.. ReadModels.Select(table => "DELETE FROM " + table + " WHERE program_id = {0}")];

    /// <param name="programId">The program to rebuild; null for every program.</param>
    public async Task<RebuildResult> RebuildAsync(string? programId, CancellationToken cancellationToken)
    {
        // System access: a platform admin's token names no program, and the rebuild is system work anyway.
        await using var db = new ReportingDbContext(options, SystemProgramAccess.Instance);
        db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE report_event_log IN SHARE MODE", cancellationToken);

        for (var i = 0; i < ReadModels.Length; i++)
        {
            if (programId is null)
            {
                await db.Database.ExecuteSqlRawAsync(DeleteAll[i], cancellationToken);
            }
            else
            {
                await db.Database.ExecuteSqlRawAsync(DeleteProgram[i], [programId], cancellationToken);
            }
        }

        var replayed = 0;
        var skipped = 0;
        var after = 0L;
        while (true)
        {
            var page = await db.EventLog.AsNoTracking()
                .Where(e => e.Sequence > after && (programId == null || e.ProgramId == programId))
                .OrderBy(e => e.Sequence)
                .Take(Batch)
                .ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }
            foreach (var logged in page)
            {
                if (ReportingEventLog.Read(logged) is { } message)
                {
                    await ReportingProjection.ApplyAsync(db, message, cancellationToken);
                    // Saved per event, as a consumer saves: each applier sees the previous one's rows.
                    await db.SaveChangesAsync(cancellationToken);
                    replayed++;
                }
                else
                {
                    skipped++;
                }
            }
            db.ChangeTracker.Clear();
            after = page[^1].Sequence;
        }

        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Rebuilt reporting read models for {Program}: {Replayed} events replayed, {Skipped} skipped",
            programId ?? "every program", replayed, skipped);
        return new RebuildResult(programId, replayed, skipped);
    }
}
