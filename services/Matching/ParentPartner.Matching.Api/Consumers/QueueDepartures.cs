using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>What the referral-leaves-the-queue consumers share.</summary>
internal static class QueueDepartures
{
    /// <summary>The referral leaves its queue (a match stays a match); its pending offers are withdrawn with it.</summary>
    public static async Task RecordAsync(MatchingDbContext db, Guid referralId, string programId, DateTimeOffset at, bool erase, CancellationToken cancellationToken)
    {
        var referral = await db.Queue.FirstOrDefaultAsync(r => r.Id == referralId, cancellationToken);
        // Remembered even when it never joined, so a late "ready" does not bring it back.
        referral ??= db.Queue.Add(new QueuedReferral { Id = referralId, ProgramId = programId, ReadyAt = at, Status = QueueStatus.Withdrawn }).Entity;
        if (referral.Status != QueueStatus.Matched)
        {
            referral.Status = QueueStatus.Withdrawn;
        }
        referral.UpdatedAt = at;
        if (erase)
        {
            referral.Erase();
        }
        // Withdrawn or consent revoked, nobody is to reach the family any more: the contact goes either way.
        await db.Contacts.Where(c => c.ReferralId == referralId).ExecuteDeleteAsync(cancellationToken);

        foreach (var offer in await db.Offers.Where(o => o.ReferralId == referralId && o.Status == OfferStatus.Pending).ToListAsync(cancellationToken))
        {
            offer.Status = OfferStatus.Withdrawn;
            offer.AnsweredAt = at;
        }
    }
}
