using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Matching.Engine;

/// <summary>
/// One fixed order for inputs, so results do not depend on the order the caller passes things in and
/// ties break the documented way: referrals longest-waiting first; support parents least-utilised first, then by id.
/// </summary>
internal static class CanonicalOrder
{
    public static SupportParentProfile[] Candidates(IEnumerable<SupportParentProfile> pool)
    {
        var array = DistinctCandidates(pool);
        Array.Sort(array, CompareCandidates);
        return array;
    }

    /// <summary>The pool as given (null entries and repeated ids refused), for callers that order only what they keep.</summary>
    public static SupportParentProfile[] DistinctCandidates(IEnumerable<SupportParentProfile> pool)
    {
        var array = pool.ToArray();
        foreach (var candidate in array) ArgumentNullException.ThrowIfNull(candidate, nameof(pool));
        EnsureUnique(array.Select(c => c.Id), "support parent");
        return array;
    }

    public static WaitingReferral[] Referrals(IEnumerable<WaitingReferral> queue)
    {
        var array = queue.ToArray();
        EnsureUnique(array.Select(r => r.Id), "referral");
        Array.Sort(array, (a, b) =>
        {
            var byReady = a.ReadyAt.UtcTicks.CompareTo(b.ReadyAt.UtcTicks);
            return byReady != 0 ? byReady : a.Id.CompareTo(b.Id);
        });
        return array;
    }

    /// <summary>Lower utilisation (active / maximum) first, compared exactly as fractions; then id.</summary>
    public static int CompareCandidates(SupportParentProfile a, SupportParentProfile b)
    {
        var (aActive, aMax) = Utilisation(a);
        var (bActive, bMax) = Utilisation(b);
        var byLoad = (aActive * bMax).CompareTo(bActive * aMax);
        return byLoad != 0 ? byLoad : a.Id.CompareTo(b.Id);
    }

    private static (long Active, long Max) Utilisation(SupportParentProfile c) =>
        c.MaxCaseload <= 0 ? (1, 1) : (Math.Clamp(c.ActiveMatches, 0, c.MaxCaseload), c.MaxCaseload);

    private static void EnsureUnique(IEnumerable<Guid> ids, string what)
    {
        var seen = new HashSet<Guid>();
        foreach (var id in ids)
        {
            if (!seen.Add(id))
            {
                throw new ArgumentException($"The same {what} id appears twice: {id}.");
            }
        }
    }
}
