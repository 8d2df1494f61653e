using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Referrals;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>Re-entries into care onto <see cref="ReportedReEntry"/>; the reunification they follow is the match that ended "reunified".</summary>
public static class OutcomeProjection
{
    public static async Task ReEntryRecordedAsync(ReportingDbContext db, ReferralReEntryRecorded message, CancellationToken cancellationToken)
    {
        // The earliest recording of the same day stands: that is when the outcome became known.
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO report_re_entries (program_id, referral_id, entered_care_on, match_id, recorded_at)
            VALUES ({message.ProgramId}, {message.ReferralId}, {message.EnteredCareOn}, {message.MatchId}, {message.RecordedAt.ToUniversalTime()})
            ON CONFLICT (program_id, referral_id, entered_care_on) DO UPDATE
                SET recorded_at = LEAST(report_re_entries.recorded_at, EXCLUDED.recorded_at),
                    match_id = COALESCE(report_re_entries.match_id, EXCLUDED.match_id)
            """,
            cancellationToken);
    }
}
