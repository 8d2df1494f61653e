using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Scheduling;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>Scheduling's events onto <see cref="ReportedContact"/>, <see cref="ReportedAppointment"/> and <see cref="ReportedOverdueItem"/>.</summary>
public static class FollowUpProjection
{
    /// <summary>Only a higher revision replaces the row: a redelivered, resent or late lower revision changes nothing.</summary>
    public static Task ContactLoggedAsync(ReportingDbContext db, ContactLogged message, CancellationToken cancellationToken)
    {
        var kind = Vocabulary.Kebab(message.Kind);
        var mode = Vocabulary.Kebab(message.Mode);
        var minutes = Math.Max(0, message.Minutes);
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_contacts (program_id, contact_id, revision, match_id, kind, mode, started_at, occurred_on, minutes, voided)
            VALUES ({message.ProgramId}, {message.ContactId}, {message.Revision}, {message.MatchId}, {kind}, {mode},
                    {message.StartedAt.ToUniversalTime()}, {message.OccurredOn}, {minutes}, {message.Voided})
            ON CONFLICT (program_id, contact_id) DO UPDATE SET
                revision = EXCLUDED.revision, match_id = EXCLUDED.match_id, kind = EXCLUDED.kind, mode = EXCLUDED.mode,
                started_at = EXCLUDED.started_at, occurred_on = EXCLUDED.occurred_on, minutes = EXCLUDED.minutes, voided = EXCLUDED.voided
            WHERE report_contacts.revision < EXCLUDED.revision
            """,
            cancellationToken);
    }

    /// <summary>An outcome changed later (say, no-show corrected to fulfilled) is a later closing: the latest wins.</summary>
    public static Task AppointmentClosedAsync(ReportingDbContext db, AppointmentClosed message, CancellationToken cancellationToken)
    {
        var kind = Vocabulary.Kebab(message.Kind);
        var outcome = Vocabulary.Kebab(message.Outcome);
        var noShowBy = outcome == ReportedAppointment.NoShow ? Vocabulary.KebabOrNull(message.NoShowBy) : null;
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_appointments (program_id, appointment_id, match_id, kind, outcome, no_show_by, starts_at, occurred_at)
            VALUES ({message.ProgramId}, {message.AppointmentId}, {message.MatchId}, {kind}, {outcome}, {noShowBy},
                    {message.StartsAt.ToUniversalTime()}, {message.OccurredAt.ToUniversalTime()})
            ON CONFLICT (program_id, appointment_id) DO UPDATE SET
                match_id = EXCLUDED.match_id, kind = EXCLUDED.kind, outcome = EXCLUDED.outcome, no_show_by = EXCLUDED.no_show_by,
                starts_at = EXCLUDED.starts_at, occurred_at = EXCLUDED.occurred_at
            WHERE report_appointments.occurred_at <= EXCLUDED.occurred_at
            """,
            cancellationToken);
    }

    /// <summary>Raised once per item; should it come again under another message id, the item id counts it once.</summary>
    public static Task PlanItemOverdueAsync(ReportingDbContext db, PlanItemOverdue message, CancellationToken cancellationToken)
    {
        var kind = Vocabulary.Kebab(message.Kind);
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_overdue_plan_items (program_id, plan_item_id, match_id, kind, due_at, occurred_at)
            VALUES ({message.ProgramId}, {message.PlanItemId}, {message.MatchId}, {kind}, {message.DueAt.ToUniversalTime()}, {message.OccurredAt.ToUniversalTime()})
            ON CONFLICT (program_id, plan_item_id) DO NOTHING
            """,
            cancellationToken);
    }
}
