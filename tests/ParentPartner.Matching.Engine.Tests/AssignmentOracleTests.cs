using ParentPartner.Matching.Engine.Assignment;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>The optimiser against an exhaustive search on a few hundred small random instances.</summary>
public class AssignmentOracleTests
{
    private readonly MatchingEngine engine = new();

    public static TheoryData<int> Seeds()
    {
        var data = new TheoryData<int>();
        for (var block = 0; block < 10; block++) data.Add(block);
        return data;
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_exact_model_reaches_the_best_total_an_exhaustive_search_finds(int block)
    {
        for (var i = 0; i < 40; i++)
        {
            var random = new Random((block * 1000) + i);
            var instance = RandomInstance.Create(random, random.Next(1, 8), random.Next(1, 6));
            var best = new Oracle(engine, instance).BestTotal();

            var result = engine.Assign(instance.Queue, instance.Pool, instance.Exclusions, new AssignmentOptions { Mode = AssignmentMode.Exact });

            Assert.Equal(best, result.TotalScoreHundredths);
            Assert.True(result.ProvenOptimal);
            Assert.Equal(AssignmentMethod.ExactModel, result.Method);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_pruned_model_with_one_arc_per_referral_is_repaired_by_the_dual_check_to_the_same_best_total(int block)
    {
        for (var i = 0; i < 80; i++)
        {
            // Half the instances rank only the model's arc, so the dual check scores the rest instead of reading them.
            var ranked = i % 2 == 0 ? 32 : 1;
            var random = new Random((block * 1000) + (i / 2));
            var instance = RandomInstance.Create(random, random.Next(1, 8), random.Next(1, 6));
            var best = new Oracle(engine, instance).BestTotal();

            var result = engine.Assign(
                instance.Queue,
                instance.Pool,
                instance.Exclusions,
                new AssignmentOptions
                {
                    Mode = AssignmentMode.Pruned,
                    CandidatesPerReferral = 1,
                    CandidatesRankedPerReferral = ranked,
                    ReferralsPerOpenPlace = 0,
                    ArcsAddedPerReferralPerRound = 1,
                    MaxRefinementRounds = 100,
                });

            Assert.True(result.ProvenOptimal);
            Assert.Equal(best, result.TotalScoreHundredths);
            Assert.Equal(AssignmentMethod.PrunedModel, result.Method);
        }
    }
}
