namespace ParentPartner.Matching.Engine.Profiles;

/// <summary>
/// Pairs that must never be proposed, indexed by referral so a batch only looks at the few
/// referrals that have any.
/// </summary>
public sealed class ExcludedPairSet
{
    public static readonly ExcludedPairSet Empty = new([]);

    private readonly Dictionary<Guid, Dictionary<Guid, PairExclusionKind>> byReferral = [];

    public ExcludedPairSet(IEnumerable<ExcludedPair> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        foreach (var pair in pairs)
        {
            if (!byReferral.TryGetValue(pair.ReferralId, out var forReferral))
            {
                forReferral = [];
                byReferral.Add(pair.ReferralId, forReferral);
            }

            // A decline of this very referral says more than an older reason, so it wins.
            if (!forReferral.TryGetValue(pair.SupportParentId, out var existing) || pair.Kind > existing)
            {
                forReferral[pair.SupportParentId] = pair.Kind;
            }
        }

        Count = byReferral.Values.Sum(d => d.Count);
    }

    public int Count { get; }

    public bool TryGet(Guid referralId, Guid supportParentId, out PairExclusionKind kind)
    {
        kind = default;
        return byReferral.TryGetValue(referralId, out var forReferral)
            && forReferral.TryGetValue(supportParentId, out kind);
    }

    internal IReadOnlyDictionary<Guid, PairExclusionKind>? ForReferral(Guid referralId) =>
        byReferral.TryGetValue(referralId, out var forReferral) ? forReferral : null;
}
