using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Projections;

/// <summary>
/// Get-or-create a read-model row and lock it for the rest of the transaction, in one round trip: an upsert
/// whose no-op update locks the row (waiting for a concurrent inserter or updater) and returns it. Two consumers
/// touching the same referral (different event types arrive on different queues) so apply one after the other
/// and never lose an update.
/// </summary>
internal static class RowLocks
{
    public static async Task<ReportedReferral> ReferralAsync(ReportingDbContext db, string programId, Guid referralId, CancellationToken cancellationToken)
    {
        var rows = await db.Referrals.FromSql(
                $"""
                INSERT INTO report_referrals (program_id, referral_id, received_counted, information_topics, languages, condition_categories)
                VALUES ({programId}, {referralId}, false, ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::text[])
                ON CONFLICT (program_id, referral_id) DO UPDATE SET referral_id = EXCLUDED.referral_id
                RETURNING *
                """)
            .IgnoreQueryFilters().ToListAsync(cancellationToken);
        return rows.Single();
    }

    public static async Task<ReportedMatch> MatchAsync(ReportingDbContext db, string programId, Guid matchId, CancellationToken cancellationToken)
    {
        var rows = await db.Matches.FromSql(
                $"""
                INSERT INTO report_matches (program_id, match_id) VALUES ({programId}, {matchId})
                ON CONFLICT (program_id, match_id) DO UPDATE SET match_id = EXCLUDED.match_id
                RETURNING *
                """)
            .IgnoreQueryFilters().ToListAsync(cancellationToken);
        return rows.Single();
    }

    public static async Task<ReportedOffer> OfferAsync(ReportingDbContext db, string programId, Guid offerId, CancellationToken cancellationToken)
    {
        var rows = await db.Offers.FromSql(
                $"""
                INSERT INTO report_offers (program_id, offer_id) VALUES ({programId}, {offerId})
                ON CONFLICT (program_id, offer_id) DO UPDATE SET offer_id = EXCLUDED.offer_id
                RETURNING *
                """)
            .IgnoreQueryFilters().ToListAsync(cancellationToken);
        return rows.Single();
    }

    public static async Task<ReportedSupportParent> SupportParentAsync(ReportingDbContext db, string programId, Guid supportParentId, CancellationToken cancellationToken)
    {
        var rows = await db.SupportParents.FromSql(
                $"""
                INSERT INTO report_support_parents (program_id, support_parent_id, languages, condition_categories, case_experience, max_caseload)
                VALUES ({programId}, {supportParentId}, ARRAY[]::text[], ARRAY[]::text[], ARRAY[]::text[], 0)
                ON CONFLICT (program_id, support_parent_id) DO UPDATE SET support_parent_id = EXCLUDED.support_parent_id
                RETURNING *
                """)
            .IgnoreQueryFilters().ToListAsync(cancellationToken);
        return rows.Single();
    }
}
