using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Api.Events;
using ParentPartner.Matching.Api.Features.Common;

namespace ParentPartner.Matching.Api.Jobs;

/// <summary>
/// Expires offers past their ExpiresAt (MatchOfferExpired) and offers each referral's next best candidate.
/// Runs as system work (no caller, every program); safe with several instances (each offer is claimed by a conditional update).
/// </summary>
public sealed class OfferExpirySweep(IServiceScopeFactory scopes, TimeProvider clock, ILogger<OfferExpirySweep> logger)
{
    /// <summary>One pass; returns how many offers expired.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            due = await db.Offers.Where(o => o.Status == OfferStatus.Pending && o.ExpiresAt <= now)
                .OrderBy(o => o.ExpiresAt).Select(o => o.Id).Take(500).ToListAsync(cancellationToken);
        }

        var expired = 0;
        foreach (var offerId in due)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            var offers = scope.ServiceProvider.GetRequiredService<OfferService>();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var claimed = await db.Offers
                .Where(o => o.Id == offerId && o.Status == OfferStatus.Pending && o.ExpiresAt <= now)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Expired).SetProperty(o => o.AnsweredAt, now).SetProperty(o => o.AnsweredBy, OfferService.System), cancellationToken);
            if (claimed == 0)
            {
                continue; // answered meanwhile, or another instance took it
            }

            var offer = await db.Offers.AsNoTracking().FirstAsync(o => o.Id == offerId, cancellationToken);
            db.Publish(MatchingEvents.Expired(offer, now));
            await offers.ExcludeAndOfferNextAsync(offer, ExclusionKind.OfferExpired, now, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            expired++;
            logger.LogInformation("Offer {OfferId} expired", offerId);
        }
        return expired;
    }
}
