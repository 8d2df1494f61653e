using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using ParentPartner.Matching.Api.Data;

namespace ParentPartner.Matching.Api.Features;

internal static class Transactions
{
    /// <summary>A transaction of our own, or none when one is already open (the idempotency filter's): the caller commits only its own.</summary>
    public static async Task<IDbContextTransaction?> BeginOwnAsync(this MatchingDbContext db, CancellationToken cancellationToken) =>
        db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
}
