using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>
/// Links new entries onto the service's chain as they are saved. One chain per service database, however many
/// instances run: a transaction-scoped advisory lock serialises appends, and the last entry's hash is read under
/// it. The lock is held until the caller's transaction ends, so the entry commits with (or without) the read or
/// write it records, and no other append can slip in between.
/// </summary>
internal static class AuditChain
{
    // Any constant will do: advisory locks are per database, and each service has its own.
    private const long LockKey = 0x5050_4175_6469_7401;

    public static List<AuditEntry> Pending(DbContext db)
    {
        var pending = new List<AuditEntry>();
        foreach (var entry in db.ChangeTracker.Entries<AuditEntry>())
        {
            if (entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("The audit log is append-only: entries cannot be changed or removed.");
            }
            if (entry.State == EntityState.Added)
            {
                pending.Add(entry.Entity);
            }
        }
        return pending;
    }

    public static async Task SealAsync(DbContext db, List<AuditEntry> pending, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({LockKey})", cancellationToken);
        var last = await Last(db).FirstOrDefaultAsync(cancellationToken);
        Link(pending, last);
    }

    public static void Seal(DbContext db, List<AuditEntry> pending)
    {
        db.Database.ExecuteSqlRaw($"SELECT pg_advisory_xact_lock({LockKey})");
        Link(pending, Last(db).FirstOrDefault());
    }

    private static IQueryable<ChainEnd> Last(DbContext db) =>
        db.Set<AuditEntry>().IgnoreQueryFilters().AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new ChainEnd(e.Sequence, e.Hash));

    private static void Link(List<AuditEntry> pending, ChainEnd? last)
    {
        var sequence = last?.Sequence ?? 0;
        var previous = last?.Hash;
        foreach (var entry in pending)
        {
            entry.Sequence = ++sequence;
            entry.PreviousHash = previous;
            entry.Hash = AuditHash.Compute(entry);
            previous = entry.Hash;
        }
    }

    private sealed record ChainEnd(long Sequence, string Hash);
}
