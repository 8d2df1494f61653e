using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Events;

namespace ParentPartner.Matching.Api.Features.Common;

/// <summary>Creates offers (a coordinator's approval or the automatic next best) and publishes them through the outbox.</summary>
public sealed class OfferService(MatchingDbContext db, TimeProvider clock)
{
    public const string System = "system";

    public async Task<ProgramSettings> SettingsAsync(string programId, CancellationToken cancellationToken) =>
        await db.Settings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken)
        ?? new ProgramSettings { ProgramId = programId };

    /// <summary>Certified, not withdrawn support parents of one program.</summary>
    public Task<List<PoolMember>> PoolAsync(string programId, CancellationToken cancellationToken) =>
        db.Pool.AsNoTracking().Where(m => m.ProgramId == programId && m.IsCertified && !m.IsWithdrawn).ToListAsync(cancellationToken);

    public Task<List<PairExclusion>> ExclusionsAsync(string programId, CancellationToken cancellationToken) =>
        db.Exclusions.AsNoTracking().Where(e => e.ProgramId == programId).ToListAsync(cancellationToken);

    /// <summary>Adds the offer and its MatchOffered event (saved by the caller) and marks the referral offered.</summary>
    public async Task<Offer> OfferAsync(QueuedReferral referral, Guid supportParentId, string offeredBy, CancellationToken cancellationToken)
    {
        var settings = await SettingsAsync(referral.ProgramId, cancellationToken);
        var now = clock.GetUtcNow();
        var offer = db.Offers.Add(new Offer
        {
            Id = Guid.CreateVersion7(),
            ProgramId = referral.ProgramId,
            ReferralId = referral.Id,
            SupportParentId = supportParentId,
            Status = OfferStatus.Pending,
            OfferedAt = now,
            ExpiresAt = now.AddHours(settings.OfferExpiryHours),
            OfferedBy = offeredBy,
        }).Entity;
        referral.Status = QueueStatus.Offered;
        referral.UpdatedAt = now;
        db.Publish(MatchingEvents.Offered(offer));
        return offer;
    }

    /// <summary>
    /// After a decline or an expiry (the offer already claimed): the pair is never proposed again, and a referral still
    /// waiting on this offer gets the next best candidate. Saved by the caller.
    /// </summary>
    /// <returns>The next offer, or null when none was made.</returns>
    public async Task<Offer?> ExcludeAndOfferNextAsync(Offer closed, ExclusionKind kind, DateTimeOffset now, CancellationToken cancellationToken)
    {
        db.Exclusions.Add(new PairExclusion { ReferralId = closed.ReferralId, SupportParentId = closed.SupportParentId, ProgramId = closed.ProgramId, Kind = kind, CreatedAt = now });
        var referral = await db.Queue.FirstAsync(r => r.Id == closed.ReferralId, cancellationToken);
        return referral.Status == QueueStatus.Offered ? await OfferNextBestAsync(referral, cancellationToken) : null;
    }

    /// <summary>Offers the best eligible candidate left, or puts the referral back in the queue.</summary>
    private async Task<Offer?> OfferNextBestAsync(QueuedReferral referral, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var settings = await SettingsAsync(referral.ProgramId, cancellationToken);
        var pool = await PoolAsync(referral.ProgramId, cancellationToken);
        var exclusions = await ExclusionsAsync(referral.ProgramId, cancellationToken);
        // The exclusion just added is not saved yet: take it from the change tracker too.
        exclusions.AddRange(db.ChangeTracker.Entries<PairExclusion>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        var best = settings.Engine()
            .Suggest(referral.ToProfile(), pool.Select(m => m.ToProfile(now)), exclusions.ToPairSet(), count: 1)
            .Suggestions.FirstOrDefault();
        if (best is null)
        {
            referral.Status = QueueStatus.Waiting;
            referral.UpdatedAt = clock.GetUtcNow();
            return null;
        }
        return await OfferAsync(referral, best.SupportParentId, System, cancellationToken);
    }
}
