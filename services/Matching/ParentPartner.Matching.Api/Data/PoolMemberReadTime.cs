using Microsoft.EntityFrameworkCore.Diagnostics;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data;

/// <summary>
/// Stamps every pool member read from the database with the matching clock's now (the service's
/// TimeProvider, so tests' clocks count too). The engine profile reckons the support parent's child's
/// age from it: the age at the time of scoring, without each caller that scores passing a clock.
/// </summary>
internal sealed class PoolMemberReadTime : IMaterializationInterceptor
{
    /// <summary>One instance for every context: EF keys its internal services on the interceptors registered.</summary>
    public static readonly PoolMemberReadTime Instance = new();

    private PoolMemberReadTime()
    {
    }

    public object InitializedInstance(MaterializationInterceptionData materializationData, object entity)
    {
        if (entity is PoolMember member && materializationData.Context is MatchingDbContext db)
        {
            member.ReadAt = db.Clock.GetUtcNow();
        }
        return entity;
    }
}
