using ParentPartner.Matching.Engine.Assignment;
using ParentPartner.Matching.Engine.Profiles;
using ParentPartner.Matching.Engine.Scoring;
using ParentPartner.Matching.Engine.Suggestions;

namespace ParentPartner.Matching.Engine;

/// <summary>
/// The matching engine for one program's settings: hard constraints, the explained soft score, top-k
/// suggestions for a referral and the batch assignment of a queue. Stateless and thread-safe; every
/// answer depends only on the input (not on its order).
/// </summary>
public sealed class MatchingEngine
{
    public MatchingEngine(MatchingSettings? settings = null)
    {
        Settings = settings ?? MatchingSettings.Default;
        _ = new TermPoints(Settings.Weights);
        if (Settings.ChildAgeWindowYears < 1)
        {
            throw new ArgumentException("ChildAgeWindowYears must be at least 1.", nameof(settings));
        }
    }

    public MatchingSettings Settings { get; }

    /// <summary>Every hard constraint the pair fails (empty: the pair may be proposed).</summary>
    public IReadOnlyList<ExclusionReason> CheckEligibility(WaitingReferral referral, SupportParentProfile supportParent, ExcludedPairSet? exclusions = null)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(supportParent);
        var model = new ScoringModel(Settings, [supportParent], [referral]);
        var bits = model.Violations(0, 0);
        if ((exclusions ?? ExcludedPairSet.Empty).TryGet(referral.Id, supportParent.Id, out var kind)) bits |= ReasonBits.Of(kind);
        return ReasonBits.ToList(bits);
    }

    /// <summary>The soft score of a pair, term by term (whether or not the pair is eligible).</summary>
    public ScoreBreakdown Explain(WaitingReferral referral, SupportParentProfile supportParent)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(supportParent);
        return new ScoringModel(Settings, [supportParent], [referral]).Breakdown(0, 0);
    }

    /// <summary>
    /// The best <paramref name="count"/> eligible support parents for one referral (score descending, then lower
    /// utilisation, then id), each explained, and how many candidates each hard constraint ruled out.
    /// </summary>
    public SuggestionResult Suggest(WaitingReferral referral, IEnumerable<SupportParentProfile> pool, ExcludedPairSet? exclusions = null, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(referral);
        ArgumentNullException.ThrowIfNull(pool);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        exclusions ??= ExcludedPairSet.Empty;

        // Only the top k need the documented order, so the pool is not sorted: each eligible candidate is
        // compared with the k kept so far (score, then utilisation, then id), and the order of the pool never matters.
        var candidates = CanonicalOrder.DistinctCandidates(pool);
        var model = new ScoringModel(Settings, candidates, [referral]);
        var reasons = Enum.GetValues<ExclusionReason>();
        var byReason = new int[reasons.Length];
        var top = new List<(int Score, int Candidate)>(count + 1);
        var eligible = 0;
        for (var c = 0; c < candidates.Length; c++)
        {
            var bits = model.Violations(0, c);
            if (exclusions.TryGet(referral.Id, candidates[c].Id, out var kind)) bits |= ReasonBits.Of(kind);
            if (bits != 0)
            {
                foreach (var reason in reasons)
                {
                    if ((bits & (1 << (int)reason)) != 0) byReason[(int)reason]++;
                }

                continue;
            }

            eligible++;
            if (count == 0) continue;
            var entry = (Score: model.Score(0, c), Candidate: c);
            if (top.Count == count && !Before(entry, top[^1])) continue;
            var at = top.Count;
            while (at > 0 && Before(entry, top[at - 1])) at--;
            top.Insert(at, entry);
            if (top.Count > count) top.RemoveAt(count);
        }

        return new SuggestionResult
        {
            ReferralId = referral.Id,
            Suggestions = [.. top.Select((e, i) => new MatchSuggestion(i + 1, candidates[e.Candidate].Id, model.Breakdown(0, e.Candidate)))],
            EligibleCount = eligible,
            ExcludedCount = candidates.Length - eligible,
            ExcludedByReason = reasons.ToDictionary(r => r, r => byReason[(int)r]),
        };

        bool Before((int Score, int Candidate) a, (int Score, int Candidate) b) =>
            a.Score != b.Score ? a.Score > b.Score : CanonicalOrder.CompareCandidates(candidates[a.Candidate], candidates[b.Candidate]) < 0;
    }

    /// <summary>
    /// Assigns a program's queue to support parents maximising the total score, within every remaining
    /// caseload and hard constraint (a referral stays unmatched rather than break one), with the greedy baseline.
    /// </summary>
    public AssignmentResult Assign(
        IEnumerable<WaitingReferral> queue,
        IEnumerable<SupportParentProfile> pool,
        ExcludedPairSet? exclusions = null,
        AssignmentOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(queue);
        ArgumentNullException.ThrowIfNull(pool);
        return BatchAssigner.Assign(Settings, queue, pool, exclusions ?? ExcludedPairSet.Empty, options ?? AssignmentOptions.Default, cancellationToken);
    }
}
