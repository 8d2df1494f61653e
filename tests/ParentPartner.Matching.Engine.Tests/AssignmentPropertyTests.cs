using ParentPartner.Matching.Engine.Assignment;
using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>Properties that must hold on any input, checked on seeded random instances of a few dozen referrals.</summary>
public class AssignmentPropertyTests
{
    private readonly MatchingEngine engine = new();

    // "pruned-unranked" ranks no more than the model takes, so the dual check scores every candidate outside it.
    public static TheoryData<string> Modes() => new() { "exact", "pruned", "pruned-unranked" };

    private static AssignmentOptions Options(string mode) => mode switch
    {
        "exact" => new AssignmentOptions { Mode = AssignmentMode.Exact },
        "pruned" => Pruned,
        "pruned-unranked" => Pruned with { CandidatesRankedPerReferral = 2 },
        _ => throw new ArgumentOutOfRangeException(nameof(mode)),
    };

    private static AssignmentOptions Pruned { get; } = new()
    {
        Mode = AssignmentMode.Pruned,
        CandidatesPerReferral = 2,
        ReferralsPerOpenPlace = 1,
        ArcsAddedPerReferralPerRound = 1,
        MaxRefinementRounds = 50,
    };

    [Theory]
    [MemberData(nameof(Modes))]
    public void No_capacity_is_exceeded_no_constraint_is_broken_and_scores_are_the_pairs_own(string mode)
    {
        for (var seed = 0; seed < 60; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(10, 50), random.Next(3, 15), maxCapacity: 4);
            var result = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, Options(mode));

            AssertValid(instance, result.Pairs);
            AssertValid(instance, result.Greedy.Pairs);
            Assert.Equal(result.Pairs.Sum(p => (long)p.ScoreHundredths), result.TotalScoreHundredths);
            Assert.Equal(result.Greedy.Pairs.Sum(p => (long)p.ScoreHundredths), result.Greedy.TotalScoreHundredths);
            Assert.Equal(instance.Queue.Length, result.MatchedCount + result.UnmatchedReferralIds.Count);
            Assert.Equal(
                instance.Queue.Select(r => r.Id).Order(),
                result.Pairs.Select(p => p.ReferralId).Concat(result.UnmatchedReferralIds).Order());
        }
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_optimiser_never_scores_below_greedy(string mode)
    {
        var strictlyBetter = 0;
        for (var seed = 100; seed < 160; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(10, 50), random.Next(3, 15), maxCapacity: 4);
            var result = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, Options(mode));

            Assert.True(result.TotalScoreHundredths >= result.Greedy.TotalScoreHundredths, $"seed {seed}");
            if (result.TotalScoreHundredths > result.Greedy.TotalScoreHundredths) strictlyBetter++;
        }

        // The instances are contended enough that greedy's myopia shows.
        Assert.True(strictlyBetter > 5, $"optimiser beat greedy on only {strictlyBetter} instances");
    }

    [Theory]
    [InlineData("pruned")]
    [InlineData("pruned-unranked")]
    public void The_pruned_model_when_proven_matches_the_exact_model(string mode)
    {
        var reoptimised = 0;
        for (var seed = 200; seed < 260; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(20, 80), random.Next(3, 20), maxCapacity: 4);
            var exact = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, Options("exact"));
            var pruned = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, Options(mode));

            Assert.True(pruned.ProvenOptimal, $"seed {seed}");
            Assert.Equal(exact.TotalScoreHundredths, pruned.TotalScoreHundredths);
            Assert.Equal(exact.Greedy.Pairs, pruned.Greedy.Pairs);

            // Arcs the dual check adds back are taken in by re-optimising the flow, not by solving again.
            Assert.Equal(1, pruned.Diagnostics.Solves);
            if (pruned.Diagnostics.Reoptimisations > 0) reoptimised++;
        }

        Assert.True(reoptimised > 10, $"only {reoptimised} instances needed arcs added back");
    }

    [Fact]
    public void Without_refinement_a_pruned_answer_is_flagged_unproven_and_still_never_below_greedy()
    {
        var unproven = 0;
        for (var seed = 300; seed < 400; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(20, 60), random.Next(3, 10), maxCapacity: 4);
            var exact = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, Options("exact"));
            var pruned = engine.Assign(
                instance.Queue,
                instance.Pool,
                instance.Exclusions,
                new AssignmentOptions { Mode = AssignmentMode.Pruned, CandidatesPerReferral = 1, ReferralsPerOpenPlace = 0, MaxRefinementRounds = 0 });

            AssertValid(instance, pruned.Pairs);
            Assert.True(pruned.TotalScoreHundredths >= pruned.Greedy.TotalScoreHundredths);
            Assert.True(pruned.TotalScoreHundredths <= exact.TotalScoreHundredths);
            if (pruned.ProvenOptimal)
            {
                Assert.Equal(exact.TotalScoreHundredths, pruned.TotalScoreHundredths);
            }
            else
            {
                unproven++;
            }
        }

        Assert.True(unproven > 0, "one arc per referral and no refinement should leave some answers unproven");
    }

    [Theory]
    [MemberData(nameof(Modes))]
    public void The_same_input_gives_the_same_assignment_in_any_order(string mode)
    {
        for (var seed = 500; seed < 540; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(10, 50), random.Next(3, 15), maxCapacity: 4);

            var first = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, Options(mode));
            var again = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, Options(mode));
            var shuffled = instance.Shuffled(random);
            var reordered = engine.Assign(shuffled.Queue, shuffled.Pool, shuffled.Exclusions, Options(mode));

            Assert.Equal(first.Pairs, again.Pairs);
            Assert.Equal(first.Pairs, reordered.Pairs);
            Assert.Equal(first.Greedy.Pairs, reordered.Greedy.Pairs);
            Assert.Equal(first.UnmatchedReferralIds, reordered.UnmatchedReferralIds);
        }
    }

    [Fact]
    public void Greedy_is_the_plain_highest_score_first_greedy_over_every_feasible_pair()
    {
        for (var seed = 600; seed < 660; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(10, 50), random.Next(3, 15), maxCapacity: 4);
            var oracle = new Oracle(engine, instance);

            // One candidate ranked per referral, so the lazy greedy has to rescan rows past its ranked prefix.
            var result = engine.Assign(
                instance.Queue,
                instance.Pool,
                instance.Exclusions,
                new AssignmentOptions { Mode = AssignmentMode.Pruned, CandidatesPerReferral = 1, CandidatesRankedPerReferral = 1 });

            Assert.Equal(ReferenceGreedy(instance, oracle), result.Greedy.Pairs);
        }
    }

    [Fact]
    public void Greedy_is_myopic_where_the_optimiser_is_not()
    {
        // Greedy gives the only parent who can take the father-to-father request to a higher-scoring ordinary referral.
        var father = Build.Parent() with { IsFather = true, MaxCaseload = 1, ConditionCategories = ["autism"] };
        var other = Build.Parent() with { MaxCaseload = 1 };
        var ordinary = Build.Referral() with { ConditionCategories = ["autism"], ReadyAt = Build.Ready.AddHours(-1) };
        var fatherToFather = Build.Referral() with { ConditionCategories = ["autism"], WantsFatherToFather = true };

        var result = engine.Assign([ordinary, fatherToFather], [father, other]);

        Assert.Equal(1, result.Greedy.MatchedCount);
        Assert.Equal(2, result.MatchedCount);
        Assert.Contains(new AssignedPair(fatherToFather.Id, father.Id, engine.Explain(fatherToFather, father).ScoreHundredths), result.Pairs);
        Assert.True(result.TotalScore > result.Greedy.TotalScore);
    }

    [Fact]
    public void Auto_mode_uses_the_exact_model_up_to_the_pair_limit_and_the_certified_pruned_model_above()
    {
        var instance = RandomInstance.Create(new Random(42), 30, 10, maxCapacity: 4);

        var small = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, new AssignmentOptions { ExactModelMaxPairs = 300 });
        var large = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, new AssignmentOptions { ExactModelMaxPairs = 299, CandidatesPerReferral = 1 });

        Assert.Equal(AssignmentMethod.ExactModel, small.Method);
        Assert.Equal(AssignmentMethod.PrunedModel, large.Method);
        Assert.True(large.ProvenOptimal);
        Assert.Equal(small.TotalScoreHundredths, large.TotalScoreHundredths);
        Assert.True(large.Diagnostics.PairArcs < small.Diagnostics.PairArcs);
    }

    [Fact]
    public void Empty_inputs_give_empty_answers_and_duplicate_ids_are_refused()
    {
        var parent = Build.Parent();
        var referral = Build.Referral();

        Assert.Empty(engine.Assign([], [parent]).Pairs);
        var noPool = engine.Assign([referral], []);
        Assert.Equal([referral.Id], noPool.UnmatchedReferralIds);
        Assert.True(noPool.ProvenOptimal);
        Assert.Throws<ArgumentException>(() => engine.Assign([referral, referral], [parent]));
        Assert.Throws<ArgumentException>(() => engine.Assign([referral], [parent, parent]));
        Assert.Throws<ArgumentException>(() => engine.Assign([referral], [parent], options: new AssignmentOptions { CandidatesPerReferral = 0 }));
        Assert.Throws<ArgumentException>(() => engine.Assign([referral], [parent], options: new AssignmentOptions { CandidatesRankedPerReferral = 0 }));
    }

    private void AssertValid(RandomInstance instance, IReadOnlyList<AssignedPair> pairs)
    {
        var referrals = instance.Queue.ToDictionary(r => r.Id);
        var parents = instance.Pool.ToDictionary(p => p.Id);
        Assert.Equal(pairs.Count, pairs.Select(p => p.ReferralId).Distinct().Count());
        foreach (var load in pairs.GroupBy(p => p.SupportParentId))
        {
            Assert.True(load.Count() <= parents[load.Key].RemainingCapacity, "caseload exceeded");
        }

        foreach (var pair in pairs)
        {
            var referral = referrals[pair.ReferralId];
            var parent = parents[pair.SupportParentId];
            Assert.Empty(engine.CheckEligibility(referral, parent, instance.Exclusions));
            Assert.Equal(engine.Explain(referral, parent).ScoreHundredths, pair.ScoreHundredths);
        }
    }

    private static List<AssignedPair> ReferenceGreedy(RandomInstance instance, Oracle oracle)
    {
        var referralRank = instance.Queue
            .Select((r, i) => (r, i))
            .OrderBy(x => x.r.ReadyAt).ThenBy(x => x.r.Id)
            .Select((x, rank) => (x.i, rank))
            .ToDictionary(x => x.i, x => x.rank);
        var parentRank = instance.Pool
            .Select((p, i) => (p, i))
            .OrderBy(x => Utilisation(x.p)).ThenBy(x => x.p.Id)
            .Select((x, rank) => (x.i, rank))
            .ToDictionary(x => x.i, x => x.rank);

        var candidates =
            from r in Enumerable.Range(0, instance.Queue.Length)
            from p in Enumerable.Range(0, instance.Pool.Length)
            where oracle.Score(r, p) >= 0
            orderby oracle.Score(r, p) descending, referralRank[r], parentRank[p]
            select (r, p);

        var left = instance.Pool.Select(p => p.RemainingCapacity).ToArray();
        var taken = new HashSet<int>();
        var chosen = new List<(int Rank, AssignedPair Pair)>();
        foreach (var (r, p) in candidates)
        {
            if (taken.Contains(r) || left[p] == 0) continue;
            taken.Add(r);
            left[p]--;
            chosen.Add((referralRank[r], new AssignedPair(instance.Queue[r].Id, instance.Pool[p].Id, oracle.Score(r, p))));
        }

        return chosen.OrderBy(c => c.Rank).Select(c => c.Pair).ToList();
    }

    private static decimal Utilisation(SupportParentProfile p) =>
        p.MaxCaseload <= 0 ? 1m : Math.Clamp(p.ActiveMatches, 0, p.MaxCaseload) / (decimal)p.MaxCaseload;
}
