using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>The batch's unrolled row loop must agree pair by pair with the plain constraint check and score.</summary>
public class FastPathTests
{
    [Fact]
    public void Row_scoring_agrees_with_the_single_pair_rules()
    {
        var settings = new MatchingSettings { CountyProximity = new HalfForNeighbours() };
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            var instance = RandomInstance.Create(random, random.Next(1, 20), random.Next(1, 30));
            var model = new ScoringModel(settings, instance.Pool, instance.Queue);
            var blocked = new byte[instance.Pool.Length];
            var scorer = new RowScorer(model);

            for (var r = 0; r < instance.Queue.Length; r++)
            {
                var sink = new Collect();
                scorer.Prepare(r);
                scorer.ScoreRow(blocked, ref sink);

                var expected = Enumerable.Range(0, instance.Pool.Length)
                    .Where(c => model.Violations(r, c) == 0)
                    .Select(c => (c, model.Score(r, c)))
                    .ToList();
                Assert.Equal(expected, sink.Seen);
                Assert.All(expected, e => Assert.Equal(model.Breakdown(r, e.c).ScoreHundredths, e.Item2));

                // A blocked candidate is skipped; a list is scored in the order given.
                var order = Enumerable.Range(0, instance.Pool.Length).OrderBy(_ => random.Next()).ToArray();
                var block = order[0];
                blocked[block] = 1;
                var listed = new Collect();
                scorer.ScoreList(order, blocked, ref listed);
                blocked[block] = 0;
                Assert.Equal(order.Where(c => c != block && model.Violations(r, c) == 0).Select(c => (c, model.Score(r, c))), listed.Seen);
            }
        }
    }

    [Fact]
    public void Ages_beyond_the_table_are_clamped_the_same_way_on_both_paths()
    {
        var model = new ScoringModel(
            MatchingSettings.Default,
            [Build.Parent() with { ChildAge = 130 }, Build.Parent() with { ChildAge = 117 }],
            [Build.Referral() with { ChildAge = 125 }]);
        var sink = new Collect();
        var scorer = new RowScorer(model);
        scorer.Prepare(0);
        scorer.ScoreRow(new byte[2], ref sink);

        Assert.Equal([(0, model.Score(0, 0)), (1, model.Score(0, 1))], sink.Seen);
    }

    [Fact]
    public void More_than_64_languages_and_categories_still_match_correctly()
    {
        var many = Enumerable.Range(0, 150).Select(i => $"x{i}").ToArray();
        var parent = Build.Parent() with { Languages = [.. many.Take(70), "qq"], ConditionCategories = [.. many.Skip(60), "rare"] };
        var referral = Build.Referral() with { Languages = ["qq"], ConditionCategories = ["rare", "x149", "nobody"] };
        var model = new ScoringModel(MatchingSettings.Default, [parent], [referral]);

        var sink = new Collect();
        var scorer = new RowScorer(model);
        scorer.Prepare(0);
        scorer.ScoreRow(new byte[1], ref sink);

        var (_, score) = Assert.Single(sink.Seen);
        Assert.Equal(model.Score(0, 0), score);
        Assert.Equal(0.66m, model.Breakdown(0, 0).Terms.Single(t => t.Term == ScoreTerm.Experience).Value);
    }

    private struct Collect() : IRowSink
    {
        public List<(int, int)> Seen { get; } = [];

        public readonly void Add(int candidate, int scoreHundredths) => Seen.Add((candidate, scoreHundredths));
    }

    private sealed class HalfForNeighbours : ICountyProximity
    {
        public int ProximityPercent(string referralCounty, string supportParentCounty) => referralCounty.Length == supportParentCounty.Length ? 50 : 0;
    }
}
