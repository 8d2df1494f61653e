using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Consumers;

/// <summary>What the pool consumers share.</summary>
internal static class PoolMembers
{
    /// <summary>The pool member, or a new one in its program that the caller fills in from the message.</summary>
    public static async Task<PoolMember> FindOrAddAsync(MatchingDbContext db, Guid id, string programId, CancellationToken cancellationToken) =>
        await db.Pool.FirstOrDefaultAsync(m => m.Id == id, cancellationToken)
        ?? db.Pool.Add(new PoolMember { Id = id, ProgramId = programId, MaxCaseload = 15 }).Entity;
}
