using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>
/// What scheduling erases about a family (consent revoked, referral withdrawn): the first name on appointments and the
/// notes on contacts. Times, kinds, minutes and miles stay: payroll has paid from them and reporting counts them.
/// </summary>
public static class FamilyDataErasure
{
    public static async Task EraseAsync(SchedulingDbContext db, Guid referralId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var matchIds = await db.Matches.Where(m => m.ReferralId == referralId).Select(m => m.MatchId).ToListAsync(cancellationToken);
        if (matchIds.Count == 0)
        {
            return;
        }
        await db.Appointments.Where(a => a.MatchId != null && matchIds.Contains(a.MatchId.Value))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.FamilyName, (string?)null).SetProperty(a => a.UpdatedAt, now), cancellationToken);
        await db.Contacts.Where(c => matchIds.Contains(c.MatchId))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Notes, (string?)null), cancellationToken);
    }
}
