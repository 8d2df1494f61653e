using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Matching.Engine.Tests;

public class SuggestionTests
{
    private readonly MatchingEngine engine = new();

    [Fact]
    public void Suggestions_are_the_top_k_eligible_by_score_each_explained()
    {
        var referral = Build.Referral() with { ConditionCategories = ["autism"], County = "Polk", ChildAge = 4 };
        var best = Build.Parent() with { ConditionCategories = ["autism"], County = "Polk", ChildAge = 4 };
        var second = Build.Parent() with { ConditionCategories = ["autism"], County = "Story", ChildAge = 4 };
        var third = Build.Parent() with { ConditionCategories = ["autism"] };
        var fourth = Build.Parent();
        var ineligible = best with { Id = Guid.NewGuid(), IsCertified = false };

        var result = engine.Suggest(referral, [fourth, ineligible, third, best, second], count: 3);

        Assert.Equal([best.Id, second.Id, third.Id], result.Suggestions.Select(s => s.SupportParentId));
        Assert.Equal([1, 2, 3], result.Suggestions.Select(s => s.Rank));
        Assert.Equal(4, result.EligibleCount);
        Assert.Equal(1, result.ExcludedCount);
        Assert.All(result.Suggestions, s =>
        {
            Assert.Equal(s.Score, s.Breakdown.Terms.Sum(t => t.Points));
            Assert.Equal(engine.Explain(referral, new[] { best, second, third }.Single(p => p.Id == s.SupportParentId)), s.Breakdown, BreakdownComparer.Instance);
        });
    }

    [Fact]
    public void Equal_scores_prefer_lower_caseload_utilisation_then_id()
    {
        // Utilisation 2/10 and 1/5 tie exactly; a weight-free load term keeps the scores equal.
        var engineWithoutLoad = new MatchingEngine(new Scoring.MatchingSettings
        {
            Weights = new Scoring.MatchingWeights { LoadBalance = 0 },
        });
        var busy = Build.Parent(Build.Id(1)) with { ActiveMatches = 8, MaxCaseload = 10 };
        var fifthA = Build.Parent(Build.Id(3)) with { ActiveMatches = 1, MaxCaseload = 5 };
        var fifthB = Build.Parent(Build.Id(2)) with { ActiveMatches = 2, MaxCaseload = 10 };
        var idle = Build.Parent(Build.Id(4)) with { ActiveMatches = 0, MaxCaseload = 3 };

        var result = engineWithoutLoad.Suggest(Build.Referral(), [busy, fifthA, fifthB, idle], count: 10);

        Assert.Single(result.Suggestions.Select(s => s.Score).Distinct());
        Assert.Equal([idle.Id, fifthB.Id, fifthA.Id, busy.Id], result.Suggestions.Select(s => s.SupportParentId));
    }

    [Fact]
    public void Suggestions_do_not_depend_on_pool_order()
    {
        for (var seed = 0; seed < 50; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, 1, 30);
            var shuffled = instance.Shuffled(random);

            var first = engine.Suggest(instance.Queue[0], instance.Pool, instance.Exclusions, count: 8);
            var second = engine.Suggest(shuffled.Queue[0], shuffled.Pool, shuffled.Exclusions, count: 8);

            Assert.Equal(first.Suggestions.Select(s => (s.SupportParentId, s.Score)), second.Suggestions.Select(s => (s.SupportParentId, s.Score)));
            Assert.Equal(first.ExcludedByReason, second.ExcludedByReason);

            var bestScore = instance.Pool
                .Where(p => engine.CheckEligibility(instance.Queue[0], p, instance.Exclusions).Count == 0)
                .Select(p => engine.Explain(instance.Queue[0], p).Score)
                .DefaultIfEmpty(-1)
                .Max();
            Assert.Equal(bestScore, first.Suggestions.Select(s => s.Score).DefaultIfEmpty(-1).First());
        }
    }

    [Fact]
    public void A_decline_moves_the_next_best_up()
    {
        var referral = Build.Referral() with { ConditionCategories = ["adhd"] };
        var first = Build.Parent() with { ConditionCategories = ["adhd"] };
        var next = Build.Parent();

        var before = engine.Suggest(referral, [first, next], count: 1);
        var after = engine.Suggest(referral, [first, next], new ExcludedPairSet([new ExcludedPair(referral.Id, first.Id, PairExclusionKind.AlreadyDeclined)]), count: 1);

        Assert.Equal(first.Id, before.Suggestions[0].SupportParentId);
        Assert.Equal(next.Id, after.Suggestions[0].SupportParentId);
        Assert.Equal(1, after.ExcludedByReason[Scoring.ExclusionReason.AlreadyDeclined]);
    }

    private sealed class BreakdownComparer : IEqualityComparer<Scoring.ScoreBreakdown>
    {
        public static readonly BreakdownComparer Instance = new();

        public bool Equals(Scoring.ScoreBreakdown? x, Scoring.ScoreBreakdown? y) =>
            x is not null && y is not null && x.ScoreHundredths == y.ScoreHundredths && x.Terms.SequenceEqual(y.Terms);

        public int GetHashCode(Scoring.ScoreBreakdown obj) => obj.ScoreHundredths;
    }
}
