using Microsoft.EntityFrameworkCore;

namespace ParentPartner.ServiceDefaults.Audit;

/// <summary>The result of walking a chain: how many entries verified, and the first that did not (null when none).</summary>
/// <param name="Verified">How many entries, from the first, verified before the walk stopped.</param>
/// <param name="FirstBrokenAt">The first entry that did not verify; null when the whole chain is intact.</param>
public sealed record AuditVerification(long Verified, AuditBrokenLink? FirstBrokenAt)
{
    private const int Batch = 1000;

    /// <summary>
    /// Walks the whole chain in sequence order, a batch at a time (memory stays flat however long the log): each entry
    /// must carry the next sequence number, the previous entry's hash, and a hash that matches its own contents.
    /// An edited row fails at itself; a removed one at the row after it.
    /// </summary>
    public static async Task<AuditVerification> VerifyAsync(DbContext db, CancellationToken cancellationToken)
    {
        var verified = 0L;
        string? previous = null;
        var expected = 1L;
        while (true)
        {
            var after = expected - 1;
            var batch = await db.Set<AuditEntry>().IgnoreQueryFilters().AsNoTracking()
                .Where(e => e.Sequence > after).OrderBy(e => e.Sequence).Take(Batch)
                .ToListAsync(cancellationToken);
            foreach (var entry in batch)
            {
                if (entry.Sequence != expected || entry.PreviousHash != previous || entry.Hash != AuditHash.Compute(entry))
                {
                    return new AuditVerification(verified, new AuditBrokenLink(entry.Sequence, entry.Id));
                }
                verified++;
                expected++;
                previous = entry.Hash;
            }
            if (batch.Count < Batch)
            {
                return new AuditVerification(verified, null);
            }
        }
    }
}

/// <summary>Where a chain breaks: an edited entry fails at itself, a removed one at the entry after it.</summary>
/// <param name="Sequence">The failing entry's position in the chain.</param>
/// <param name="Id">The failing entry's id.</param>
public sealed record AuditBrokenLink(long Sequence, Guid Id);
