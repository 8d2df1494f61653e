using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.ServiceDefaults.Erasure;

namespace ParentPartner.Scheduling.Api.Consumers;

/// <summary>
/// What scheduling erases about a family (consent revoked, referral withdrawn): the first name, place address, phone
/// and video link on appointments, the notes on contacts and the reasons given for their corrections, and stored
/// responses that showed them. Times, kinds, minutes and miles stay: payroll has paid from them and reporting counts them.
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
        var appointmentIds = await db.Appointments.Where(a => a.MatchId != null && matchIds.Contains(a.MatchId.Value)).Select(a => a.Id).ToListAsync(cancellationToken);
        await db.Appointments.Where(a => appointmentIds.Contains(a.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.FamilyName, (string?)null).SetProperty(a => a.Address, (string?)null)
                .SetProperty(a => a.Phone, (string?)null).SetProperty(a => a.VideoLink, (string?)null).SetProperty(a => a.UpdatedAt, now), cancellationToken);
        var contactIds = await db.Contacts.Where(c => matchIds.Contains(c.MatchId)).Select(c => c.Id).ToListAsync(cancellationToken);
        await db.Contacts.Where(c => contactIds.Contains(c.Id))
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.Notes, (string?)null), cancellationToken);
        await db.ContactRevisions.Where(r => contactIds.Contains(r.ContactId))
            .ExecuteUpdateAsync(set => set.SetProperty(r => r.Reason, (string?)null), cancellationToken);
        // Responses to booking and logging carry the match id (and the contact or appointment id); their bodies go.
        await db.ForgetStoredResponsesAsync([.. matchIds, .. appointmentIds, .. contactIds], cancellationToken);
    }
}
