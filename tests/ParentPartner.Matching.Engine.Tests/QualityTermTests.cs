using ParentPartner.Matching.Engine.Profiles;
using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>The qualities hoped for in a support parent: the ones the engine can check are scored and explained.</summary>
public class QualityTermTests
{
    private static readonly MatchingEngine Weighted = new(new MatchingSettings { Weights = new MatchingWeights { QualitiesHopedFor = 10 } });

    private static ScoreTermResult Term(WaitingReferral referral, SupportParentProfile parent) =>
        Weighted.Explain(referral, parent).Terms.Single(t => t.Term == ScoreTerm.QualitiesHopedFor);

    [Theory]
    [InlineData("bilingual", true)]
    [InlineData("a-father", true)]
    [InlineData("in-recovery", true)]
    [InlineData("same-county", true)]
    [InlineData("lived-same-diagnosis", true)]
    [InlineData("bilingual", false)]
    [InlineData("a-father", false)]
    [InlineData("in-recovery", false)]
    [InlineData("same-county", false)]
    [InlineData("lived-same-diagnosis", false)]
    public void Each_checkable_quality_scores_only_when_the_support_parent_has_it(string quality, bool has)
    {
        var referral = Build.Referral() with { QualitiesHopedFor = [quality], County = "Polk", ConditionCategories = ["autism"] };
        var parent = (quality, has) switch
        {
            ("bilingual", true) => Build.Parent() with { Languages = ["en", "es-MX"] },
            ("a-father", true) => Build.Parent() with { IsFather = true },
            ("in-recovery", true) => Build.Parent() with { InRecovery = true },
            ("same-county", true) => Build.Parent() with { County = "polk" },
            ("lived-same-diagnosis", true) => Build.Parent() with { ConditionCategories = ["Autism"] },
            // en-US and en are one language, not two.
            ("bilingual", false) => Build.Parent() with { Languages = ["en", "en-US"] },
            ("same-county", false) => Build.Parent() with { County = "Story" },
            _ => Build.Parent(),
        };

        var term = Term(referral, parent);

        Assert.True(term.Applies);
        Assert.Equal(9, term.Weight); // 10 of 110 weight, scaled to points out of 100
        Assert.Equal(has ? 9m : 0m, term.Points);
        Assert.Contains(has ? $": {QualityName(quality)}" : $"not {QualityName(quality)}", term.Explanation);
    }

    [Fact]
    public void The_term_is_the_share_of_the_checkable_qualities_and_unknown_tags_count_for_nothing()
    {
        var referral = Build.Referral() with { QualitiesHopedFor = ["bilingual", "a-father", "good-listener"] };

        var term = Term(referral, Build.Parent() with { Languages = ["en", "vi"] });

        Assert.Equal(0.5m, term.Value);
        Assert.Equal("Has 1 of the 2 hoped-for qualities: bilingual; not a-father", term.Explanation);
        var unknownOnly = Term(Build.Referral() with { QualitiesHopedFor = ["good-listener"] }, Build.Parent());
        Assert.False(unknownOnly.Applies);
        Assert.Equal(0m, unknownOnly.Points);
    }

    [Fact]
    public void Row_scoring_agrees_with_the_single_pair_rules_when_qualities_are_weighted()
    {
        string[] tags = ["bilingual", "a-father", "in-recovery", "same-county", "same-diagnosis", "good-listener"];
        var settings = new MatchingSettings { Weights = new MatchingWeights { QualitiesHopedFor = 20 } };
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(1, 20), random.Next(1, 30));
            var queue = instance.Queue.Select(r => r with { QualitiesHopedFor = [.. tags.Where(_ => random.Next(3) == 0)] }).ToArray();
            var pool = instance.Pool.Select(p => p with { InRecovery = random.Next(3) == 0 }).ToArray();
            var model = new ScoringModel(settings, pool, queue);
            var scorer = new RowScorer(model);
            var scores = new int[pool.Length];
            for (var r = 0; r < queue.Length; r++)
            {
                scorer.Prepare(r);
                scorer.ScoreRow(new byte[pool.Length], scores);
                for (var c = 0; c < pool.Length; c++)
                {
                    Assert.Equal(model.Violations(r, c) == 0 ? model.Score(r, c) : RowScorer.NotEligible, scores[c]);
                    Assert.Equal(model.Score(r, c), model.Breakdown(r, c).ScoreHundredths);
                }
            }
        }
    }

    [Fact]
    public void The_packed_candidate_still_fits_32_bytes_with_its_quality_bits() =>
        Assert.Equal(32, System.Runtime.CompilerServices.Unsafe.SizeOf<PackedCandidate>());

    private static string QualityName(string tag) => Qualities.Name(Qualities.Parse(tag));
}
