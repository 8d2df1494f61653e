using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Bench.Matching;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Engine.Profiles;
using ParentPartner.Testing;

namespace ParentPartner.Bench.Suggestions;

/// <summary>
/// Writes a generated program straight into the matching service's read model (pool, queue, pair exclusions): the
/// rows training's and referral's events would have left, without publishing thousands of events first.
/// </summary>
internal static class PoolSeeder
{
    public static async Task<IReadOnlyList<Guid>> SeedAsync(ServiceHost<MatchingDbContext> matching, string programId, int poolSize, int referrals, int seed)
    {
        var (queue, pool, exclusions) = InstanceGenerator.Create(referrals, poolSize, seed);
        var now = DateTimeOffset.UtcNow;

        await using var scope = matching.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        db.Pool.AddRange(pool.Select(p => new PoolMember
        {
            Id = p.Id,
            ProgramId = programId,
            IsCertified = true,
            Languages = [.. p.Languages],
            County = p.County,
            ConditionCategories = [.. p.ConditionCategories],
            CaseExperience = [.. p.CaseStagesExperienced.Select(s => s.ToString())],
            AvailableEvenings = p.Availability.HasFlag(Availability.Evenings),
            AvailableWeekends = p.Availability.HasFlag(Availability.Weekends),
            FatherToFatherCapable = p.IsFather,
            CulturalBackground = p.CulturalBackground,
            MaxCaseload = p.MaxCaseload,
            ActiveMatches = p.ActiveMatches,
            UpdatedAt = now,
        }));
        db.Queue.AddRange(queue.Select(r => new QueuedReferral
        {
            Id = r.Id,
            ProgramId = programId,
            ReadyAt = r.ReadyAt,
            Status = QueueStatus.Waiting,
            Languages = [.. r.Languages],
            County = r.County,
            ConditionCategories = [.. r.ConditionCategories],
            CaseStage = r.CaseStage?.ToString(),
            ChildAge = r.ChildAge,
            FatherToFatherWanted = r.WantsFatherToFather,
            CulturalBackground = r.CulturalBackgroundPreference,
            AvailableEvenings = r.Availability.HasFlag(Availability.Evenings),
            AvailableWeekends = r.Availability.HasFlag(Availability.Weekends),
            UpdatedAt = now,
        }));
        foreach (var referral in queue)
        {
            foreach (var parent in pool)
            {
                if (!exclusions.TryGet(referral.Id, parent.Id, out var kind)) continue;
                db.Exclusions.Add(new PairExclusion
                {
                    ReferralId = referral.Id,
                    SupportParentId = parent.Id,
                    ProgramId = programId,
                    Kind = kind switch
                    {
                        PairExclusionKind.ConflictOfInterest => ExclusionKind.ConflictOfInterest,
                        PairExclusionKind.PriorDecline => ExclusionKind.OfferExpired,
                        _ => ExclusionKind.Declined,
                    },
                    CreatedAt = now,
                });
            }
        }

        await db.SaveChangesAsync();
        return [.. queue.Select(r => r.Id)];
    }
}
