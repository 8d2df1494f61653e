using ParentPartner.Matching.Engine.Profiles;
using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Tests;

public class ScoringTermTests
{
    private readonly MatchingEngine engine = new();

    private ScoreTermResult Term(WaitingReferral referral, SupportParentProfile parent, ScoreTerm term, MatchingEngine? with = null) =>
        (with ?? engine).Explain(referral, parent).Terms.Single(t => t.Term == term);

    [Theory]
    [InlineData(new[] { "autism", "adhd" }, new[] { "Autism" }, 0.5)]
    [InlineData(new[] { "autism", "adhd" }, new[] { "ADHD", "autism", "epilepsy" }, 1.0)]
    [InlineData(new[] { "autism", "adhd", "epilepsy" }, new[] { "epilepsy" }, 0.33)]
    [InlineData(new[] { "autism" }, new[] { "down syndrome" }, 0.0)]
    public void Experience_is_the_share_of_the_familys_condition_categories_the_support_parent_has_lived(
        string[] family, string[] lived, double expected)
    {
        var term = Term(
            Build.Referral() with { ConditionCategories = family },
            Build.Parent() with { ConditionCategories = lived },
            ScoreTerm.Experience);

        Assert.True(term.Applies);
        Assert.Equal((decimal)expected, term.Value);
        Assert.Equal(35, term.Weight);
        Assert.Equal(35 * (decimal)expected, term.Points);
    }

    [Theory]
    [InlineData(CaseStage.InCare, new[] { CaseStage.InCare, CaseStage.Reunified }, 1.0)]
    [InlineData(CaseStage.ShelterHearing, new[] { CaseStage.Reunified }, 0.0)]
    public void Experience_counts_the_case_stage_lived_through(CaseStage stage, CaseStage[] lived, double expected)
    {
        var term = Term(
            Build.Referral() with { CaseStage = stage },
            Build.Parent() with { CaseStagesExperienced = lived },
            ScoreTerm.Experience);

        Assert.True(term.Applies);
        Assert.Equal((decimal)expected, term.Value);
    }

    [Fact]
    public void Experience_does_not_apply_when_the_family_gave_neither_category_nor_stage()
    {
        var term = Term(Build.Referral(), Build.Parent() with { ConditionCategories = ["autism"] }, ScoreTerm.Experience);
        Assert.False(term.Applies);
        Assert.Equal(0m, term.Points);
    }

    [Theory]
    [InlineData(5, 5, 1.0)]
    [InlineData(5, 6, 0.83)]
    [InlineData(5, 8, 0.5)]
    [InlineData(8, 5, 0.5)]
    [InlineData(5, 11, 0.0)]
    [InlineData(5, 17, 0.0)]
    public void Child_age_nearness_falls_linearly_over_the_window(int familyChild, int theirChild, double expected)
    {
        var term = Term(
            Build.Referral() with { ChildAge = familyChild },
            Build.Parent() with { ChildAge = theirChild },
            ScoreTerm.ChildAge);
        Assert.True(term.Applies);
        Assert.Equal((decimal)expected, term.Value);
    }

    [Fact]
    public void Child_age_window_is_a_program_setting_and_unknown_ages_do_not_apply()
    {
        var narrow = new MatchingEngine(new MatchingSettings { ChildAgeWindowYears = 4 });
        Assert.Equal(0.75m, Term(Build.Referral() with { ChildAge = 3 }, Build.Parent() with { ChildAge = 4 }, ScoreTerm.ChildAge, narrow).Value);
        Assert.False(Term(Build.Referral() with { ChildAge = 3 }, Build.Parent(), ScoreTerm.ChildAge).Applies);
        Assert.False(Term(Build.Referral(), Build.Parent() with { ChildAge = 3 }, ScoreTerm.ChildAge).Applies);
    }

    [Theory]
    [InlineData("Polk", "polk ", 1.0)]
    [InlineData("Polk", "Story", 0.0)]
    [InlineData("Polk", null, 0.0)]
    public void County_scores_full_for_the_same_county_and_nothing_otherwise(string family, string? theirs, double expected)
    {
        var term = Term(Build.Referral() with { County = family }, Build.Parent() with { County = theirs }, ScoreTerm.County);
        Assert.True(term.Applies);
        Assert.Equal((decimal)expected, term.Value);
    }

    [Fact]
    public void County_proximity_hook_scores_neighbouring_counties_and_is_never_asked_about_the_same_county()
    {
        var hook = new Adjacency();
        var near = new MatchingEngine(new MatchingSettings { CountyProximity = hook });

        Assert.Equal(0.6m, Term(Build.Referral() with { County = "Polk" }, Build.Parent() with { County = "Story" }, ScoreTerm.County, near).Value);
        Assert.Equal(0m, Term(Build.Referral() with { County = "Polk" }, Build.Parent() with { County = "Lee" }, ScoreTerm.County, near).Value);
        Assert.Equal(1m, Term(Build.Referral() with { County = "Polk" }, Build.Parent() with { County = "POLK" }, ScoreTerm.County, near).Value);
        Assert.DoesNotContain(hook.Asked, p => string.Equals(p.A, p.B, StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(new[] { "es", "en" }, new[] { "es-MX" }, 1.0)]
    [InlineData(new[] { "es", "en" }, new[] { "en" }, 0.0)]
    [InlineData(new[] { "en-US" }, new[] { "EN" }, 1.0)]
    public void Language_bonus_is_for_the_familys_first_preference(string[] family, string[] theirs, double expected)
    {
        var term = Term(Build.Referral() with { Languages = family }, Build.Parent() with { Languages = theirs }, ScoreTerm.Language);
        Assert.True(term.Applies);
        Assert.Equal((decimal)expected, term.Value);
    }

    [Theory]
    [InlineData(Availability.Evenings | Availability.Weekends, Availability.Evenings, 0.5)]
    [InlineData(Availability.Evenings | Availability.Weekends, Availability.Evenings | Availability.Weekends | Availability.WeekdayDaytime, 1.0)]
    [InlineData(Availability.WeekdayDaytime, Availability.Weekends, 0.0)]
    [InlineData(Availability.WeekdayDaytime | Availability.Evenings | Availability.Weekends, Availability.Weekends, 0.33)]
    public void Availability_is_the_share_of_the_familys_times_the_support_parent_can_do(Availability family, Availability theirs, double expected)
    {
        var term = Term(Build.Referral() with { Availability = family }, Build.Parent() with { Availability = theirs }, ScoreTerm.Availability);
        Assert.True(term.Applies);
        Assert.Equal((decimal)expected, term.Value);
    }

    [Fact]
    public void Availability_does_not_apply_when_the_family_gave_none()
    {
        Assert.False(Term(Build.Referral(), Build.Parent() with { Availability = Availability.Evenings }, ScoreTerm.Availability).Applies);
    }

    [Fact]
    public void Cultural_background_counts_only_when_the_family_asked()
    {
        var parent = Build.Parent() with { CulturalBackground = "Hmong" };

        var asked = Term(Build.Referral() with { CulturalBackgroundPreference = "hmong" }, parent, ScoreTerm.CulturalBackground);
        var other = Term(Build.Referral() with { CulturalBackgroundPreference = "Somali" }, parent, ScoreTerm.CulturalBackground);
        var notAsked = Term(Build.Referral(), parent, ScoreTerm.CulturalBackground);

        Assert.Equal(1m, asked.Value);
        Assert.Equal(0m, other.Value);
        Assert.True(other.Applies);
        Assert.False(notAsked.Applies);
        Assert.Equal(0m, notAsked.Points);
    }

    [Theory]
    [InlineData(0, 12, 1.0)]
    [InlineData(3, 12, 0.75)]
    [InlineData(11, 12, 0.08)]
    public void Load_balance_prefers_free_caseload(int active, int max, double expected)
    {
        var term = Term(Build.Referral(), Build.Parent() with { ActiveMatches = active, MaxCaseload = max }, ScoreTerm.LoadBalance);
        Assert.Equal((decimal)expected, term.Value);
        Assert.Equal(10 * (decimal)expected, term.Points);
    }

    [Fact]
    public void A_perfect_pair_scores_100_and_the_terms_add_up_to_the_score()
    {
        var referral = Build.Referral() with
        {
            Languages = ["es"], ConditionCategories = ["autism"], ChildAge = 7, County = "Polk",
            Availability = Availability.Evenings, CulturalBackgroundPreference = "Mexican American",
        };
        var parent = Build.Parent() with
        {
            Languages = ["es-US", "en"], ConditionCategories = ["autism"], ChildAge = 7, County = "Polk",
            Availability = Availability.Evenings | Availability.Weekends, CulturalBackground = "Mexican American",
        };

        var breakdown = engine.Explain(referral, parent);

        Assert.Equal(100m, breakdown.Score);
        Assert.Equal(10_000, breakdown.ScoreHundredths);
        Assert.Equal(Enum.GetValues<ScoreTerm>(), breakdown.Terms.Select(t => t.Term));
        Assert.Equal(breakdown.Score, breakdown.Terms.Sum(t => t.Points));
        Assert.Equal(100, breakdown.Terms.Sum(t => t.Weight));
    }

    [Fact]
    public void Weights_are_scaled_to_points_that_add_up_to_exactly_100()
    {
        var equal = new MatchingEngine(new MatchingSettings
        {
            Weights = new MatchingWeights { Experience = 1, ChildAge = 1, County = 1, Language = 1, Availability = 1, CulturalBackground = 1, LoadBalance = 1 },
        });

        var weights = equal.Explain(Build.Referral(), Build.Parent()).Terms.Select(t => t.Weight).ToArray();

        // The hoped-for qualities term is weighted 0 unless a program sets it, so the seven share the 100 as before.
        Assert.Equal([15, 15, 14, 14, 14, 14, 14, 0], weights);
    }

    [Fact]
    public void A_single_weighted_term_carries_the_whole_score()
    {
        var onlyExperience = new MatchingEngine(new MatchingSettings
        {
            Weights = new MatchingWeights { Experience = 3, ChildAge = 0, County = 0, Language = 0, Availability = 0, CulturalBackground = 0, LoadBalance = 0 },
        });

        var breakdown = onlyExperience.Explain(
            Build.Referral() with { ConditionCategories = ["autism", "adhd"] },
            Build.Parent() with { ConditionCategories = ["adhd"], ActiveMatches = 0 });

        Assert.Equal(50m, breakdown.Score);
    }

    [Fact]
    public void Invalid_weights_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new MatchingEngine(new MatchingSettings { Weights = new MatchingWeights { County = -1 } }));
        Assert.Throws<ArgumentException>(() => new MatchingEngine(new MatchingSettings
        {
            Weights = new MatchingWeights { Experience = 0, ChildAge = 0, County = 0, Language = 0, Availability = 0, CulturalBackground = 0, LoadBalance = 0 },
        }));
        Assert.Throws<ArgumentException>(() => new MatchingEngine(new MatchingSettings { ChildAgeWindowYears = 0 }));
    }

    [Fact]
    public void Scores_are_deterministic_and_stay_within_0_and_100_on_random_pairs()
    {
        var random = new Random(7);
        for (var i = 0; i < 500; i++)
        {
            var instance = RandomInstance.Create(random, 1, 1);
            var first = engine.Explain(instance.Queue[0], instance.Pool[0]);
            var second = engine.Explain(instance.Queue[0], instance.Pool[0]);

            Assert.InRange(first.ScoreHundredths, 0, 10_000);
            Assert.Equal(first.ScoreHundredths, second.ScoreHundredths);
            Assert.Equal(first.Score, first.Terms.Sum(t => t.Points));
        }
    }

    private sealed class Adjacency : ICountyProximity
    {
        public List<(string A, string B)> Asked { get; } = [];

        public int ProximityPercent(string referralCounty, string supportParentCounty)
        {
            Asked.Add((referralCounty, supportParentCounty));
            var pair = new[] { referralCounty.ToUpperInvariant(), supportParentCounty.ToUpperInvariant() }.Order().ToArray();
            return pair is ["POLK", "STORY"] ? 60 : 0;
        }
    }
}
