using ParentPartner.Matching.Engine.Profiles;
using ParentPartner.Matching.Engine.Scoring;

namespace ParentPartner.Matching.Engine.Tests;

public class HardConstraintTests
{
    private readonly MatchingEngine engine = new();

    [Fact]
    public void An_ordinary_pair_is_eligible()
    {
        Assert.Empty(engine.CheckEligibility(Build.Referral(), Build.Parent()));
    }

    [Fact]
    public void Not_certified_is_excluded()
    {
        var reasons = engine.CheckEligibility(Build.Referral(), Build.Parent() with { IsCertified = false });
        Assert.Equal([ExclusionReason.NotCertified], reasons);
    }

    [Theory]
    [InlineData(10, 10, true)]
    [InlineData(11, 10, true)]
    [InlineData(9, 10, false)]
    [InlineData(0, 0, true)]
    public void At_or_over_caseload_is_excluded(int active, int max, bool excluded)
    {
        var reasons = engine.CheckEligibility(Build.Referral(), Build.Parent() with { ActiveMatches = active, MaxCaseload = max });
        Assert.Equal(excluded ? [ExclusionReason.AtCapacity] : [], reasons);
    }

    [Fact]
    public void Another_program_is_excluded()
    {
        var reasons = engine.CheckEligibility(Build.Referral(), Build.Parent() with { ProgramId = "test-program-b" });
        Assert.Equal([ExclusionReason.DifferentProgram], reasons);
    }

    [Theory]
    [InlineData("vi", "en", false, true)]
    [InlineData("vi", "en", true, false)]
    [InlineData("es-MX", "es", false, false)]
    [InlineData("es", "ES-us", false, false)]
    [InlineData("zh-Hant-TW", "zh", false, false)]
    [InlineData("en", "eng", false, true)]
    [InlineData("SO", " so ", false, false)]
    [InlineData("ar", "AR_EG", false, false)]
    public void A_shared_language_is_needed_by_primary_subtag_unless_an_interpreter_is_arranged(
        string referralLanguage, string parentLanguage, bool interpreter, bool excluded)
    {
        var referral = Build.Referral() with { Languages = [referralLanguage], InterpreterArranged = interpreter };
        var reasons = engine.CheckEligibility(referral, Build.Parent() with { Languages = [parentLanguage] });
        Assert.Equal(excluded ? [ExclusionReason.NoSharedLanguage] : [], reasons);
    }

    [Fact]
    public void Any_shared_language_is_enough_not_only_the_first()
    {
        var referral = Build.Referral() with { Languages = ["so", "en"] };
        Assert.Empty(engine.CheckEligibility(referral, Build.Parent() with { Languages = ["es", "en-US"] }));
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, false)]
    public void Father_to_father_when_asked(bool wanted, bool father, bool excluded)
    {
        var reasons = engine.CheckEligibility(
            Build.Referral() with { WantsFatherToFather = wanted },
            Build.Parent() with { IsFather = father });
        Assert.Equal(excluded ? [ExclusionReason.FatherToFatherRequested] : [], reasons);
    }

    [Theory]
    [InlineData(PairExclusionKind.ConflictOfInterest, ExclusionReason.ExcludedPair)]
    [InlineData(PairExclusionKind.PriorDecline, ExclusionReason.ExcludedPair)]
    [InlineData(PairExclusionKind.AlreadyDeclined, ExclusionReason.AlreadyDeclined)]
    public void Excluded_pairs_are_excluded_with_their_reason(PairExclusionKind kind, ExclusionReason expected)
    {
        var referral = Build.Referral();
        var parent = Build.Parent();
        var other = Build.Referral();
        var exclusions = new ExcludedPairSet([new ExcludedPair(referral.Id, parent.Id, kind)]);

        Assert.Equal([expected], engine.CheckEligibility(referral, parent, exclusions));
        Assert.Empty(engine.CheckEligibility(other, parent, exclusions));
    }

    [Fact]
    public void A_decline_of_this_referral_outranks_an_older_exclusion_of_the_same_pair()
    {
        var referral = Build.Referral();
        var parent = Build.Parent();
        var exclusions = new ExcludedPairSet(
        [
            new ExcludedPair(referral.Id, parent.Id, PairExclusionKind.AlreadyDeclined),
            new ExcludedPair(referral.Id, parent.Id, PairExclusionKind.ConflictOfInterest),
        ]);

        Assert.Equal(1, exclusions.Count);
        Assert.Equal([ExclusionReason.AlreadyDeclined], engine.CheckEligibility(referral, parent, exclusions));
    }

    [Fact]
    public void Every_failed_constraint_is_reported()
    {
        var referral = Build.Referral() with { Languages = ["vi"], WantsFatherToFather = true };
        var parent = Build.Parent() with { IsCertified = false, ActiveMatches = 10, ProgramId = "test-program-b" };

        Assert.Equal(
            [
                ExclusionReason.NotCertified, ExclusionReason.AtCapacity, ExclusionReason.DifferentProgram,
                ExclusionReason.NoSharedLanguage, ExclusionReason.FatherToFatherRequested,
            ],
            engine.CheckEligibility(referral, parent));
    }

    [Fact]
    public void Suggestions_count_the_excluded_by_every_reason_they_fail()
    {
        var referral = Build.Referral() with { Languages = ["es"], WantsFatherToFather = true };
        var fine = Build.Parent() with { Languages = ["es"], IsFather = true };
        var declined = fine with { Id = Guid.NewGuid() };
        var pool = new[]
        {
            fine,
            declined,
            fine with { Id = Guid.NewGuid(), IsCertified = false },
            fine with { Id = Guid.NewGuid(), Languages = ["en"] },
            fine with { Id = Guid.NewGuid(), Languages = ["en"], IsFather = false },
            fine with { Id = Guid.NewGuid(), ActiveMatches = 10 },
        };
        var exclusions = new ExcludedPairSet([new ExcludedPair(referral.Id, declined.Id, PairExclusionKind.AlreadyDeclined)]);

        var result = engine.Suggest(referral, pool, exclusions);

        Assert.Equal(fine.Id, Assert.Single(result.Suggestions).SupportParentId);
        Assert.Equal(1, result.EligibleCount);
        Assert.Equal(5, result.ExcludedCount);
        Assert.Equal(1, result.ExcludedByReason[ExclusionReason.AlreadyDeclined]);
        Assert.Equal(1, result.ExcludedByReason[ExclusionReason.NotCertified]);
        Assert.Equal(2, result.ExcludedByReason[ExclusionReason.NoSharedLanguage]);
        Assert.Equal(1, result.ExcludedByReason[ExclusionReason.FatherToFatherRequested]);
        Assert.Equal(1, result.ExcludedByReason[ExclusionReason.AtCapacity]);
        Assert.Equal(0, result.ExcludedByReason[ExclusionReason.DifferentProgram]);
        Assert.Equal(0, result.ExcludedByReason[ExclusionReason.ExcludedPair]);
    }

    [Fact]
    public void The_batch_leaves_a_referral_unmatched_rather_than_use_an_excluded_pair()
    {
        var referral = Build.Referral() with { ConditionCategories = ["autism"] };
        var perfect = Build.Parent() with { ConditionCategories = ["autism"] };
        var exclusions = new ExcludedPairSet([new ExcludedPair(referral.Id, perfect.Id, PairExclusionKind.ConflictOfInterest)]);

        var result = engine.Assign([referral], [perfect], exclusions);

        Assert.Empty(result.Pairs);
        Assert.Equal([referral.Id], result.UnmatchedReferralIds);
        Assert.Empty(result.Greedy.Pairs);
    }

    [Fact]
    public void The_batch_never_gives_a_support_parent_more_than_their_remaining_caseload()
    {
        var parent = Build.Parent() with { MaxCaseload = 5, ActiveMatches = 3 };
        var queue = Enumerable.Range(0, 4).Select(i => Build.Referral() with { ReadyAt = Build.Ready.AddHours(i) }).ToArray();

        var result = engine.Assign(queue, [parent]);

        Assert.Equal(2, result.MatchedCount);
        Assert.Equal(2, result.UnmatchedReferralIds.Count);
        Assert.All(result.Pairs, p => Assert.Equal(parent.Id, p.SupportParentId));

        // Greedy breaks the tie between equal pairs by waiting time.
        Assert.Equal([queue[0].Id, queue[1].Id], result.Greedy.Pairs.Select(p => p.ReferralId));
    }
}
