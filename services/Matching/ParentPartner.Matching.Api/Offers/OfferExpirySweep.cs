using Microsoft.EntityFrameworkCore;
using ParentPartner.Contracts.Matching;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Offers;

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
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Status, OfferStatus.Expired).SetProperty(o => o.AnsweredAt, now), cancellationToken);
            if (claimed == 0)
            {
                continue; // answered meanwhile, or another instance took it
            }

            var offer = await db.Offers.AsNoTracking().FirstAsync(o => o.Id == offerId, cancellationToken);
            db.Exclusions.Add(new PairExclusion { ReferralId = offer.ReferralId, SupportParentId = offer.SupportParentId, ProgramId = offer.ProgramId, Kind = ExclusionKind.OfferExpired, CreatedAt = now });
            db.Publish(new MatchOfferExpired
            {
                OfferId = offer.Id,
                ReferralId = offer.ReferralId,
                SupportParentId = offer.SupportParentId,
                ProgramId = offer.ProgramId,
                ExpiredAt = now,
            });
            var referral = await db.Queue.FirstAsync(r => r.Id == offer.ReferralId, cancellationToken);
            if (referral.Status == QueueStatus.Offered)
            {
                await offers.OfferNextBestAsync(referral, cancellationToken);
            }
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            expired++;
            logger.LogInformation("Offer {OfferId} expired", offerId);
        }
        return expired;
    }
}

/// <summary>Runs the expiry sweep on an interval (Matching:OfferSweepIntervalSeconds, default 60).</summary>
public sealed class OfferExpiryWorker(OfferExpirySweep sweep, IConfiguration configuration, ILogger<OfferExpiryWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Matching:OfferSweepIntervalSeconds", 60)));
        using var timer = new PeriodicTimer(interval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sweep.RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Offer expiry sweep failed; it runs again on the next tick");
            }
        }
    }
}
