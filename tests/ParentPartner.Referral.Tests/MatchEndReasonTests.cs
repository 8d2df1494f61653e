using ParentPartner.Contracts.Matching;
using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Tests;

/// <summary>The end reasons matching sends, as a closed referral keeps them and as its referrer is told.</summary>
public sealed class MatchEndReasonTests
{
    [Theory]
    [InlineData("goals-met", "goals-met", "support-completed")]
    [InlineData("reunified", "reunified", "support-completed")]
    [InlineData("family-withdrew", "family-withdrew", "support-ended")]
    [InlineData("case-closed", "case-closed", "support-ended")]
    [InlineData("other", "other", "support-ended")]
    [InlineData(" Reunified ", "reunified", "support-completed")]
    [InlineData("moved to Ohio with her aunt", "other", "support-ended")]
    [InlineData("", "other", "support-ended")]
    [InlineData(null, "other", "support-ended")]
    public void A_reason_is_kept_as_a_known_code_and_the_referrer_hears_only_completed_or_ended(string? sent, string kept, string referrerSees)
    {
        Assert.Equal(kept, MatchEndReasons.Normalise(sent));
        Assert.Equal(referrerSees, ReferrerOutcome.Of(sent));
    }

    [Fact]
    public void Matching_moves_are_recorded_as_system_work_in_order_even_when_its_clock_lags()
    {
        var readyAt = DateTimeOffset.Parse("2026-03-02T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture);
        var referral = new Api.Domain.Referral
        {
            ProgramId = "p",
            Status = ReferralStatus.ReadyForMatching,
            StatusChangedAt = readyAt,
            Parent = new ParentContact(),
            Consent = new Consent { Scope = "matching" },
        };
        var matchId = Guid.NewGuid();

        var matched = referral.RecordMatch(matchId, readyAt.AddSeconds(-3))!;
        var closed = referral.RecordMatchEnded("goals-met", readyAt.AddSeconds(-2))!;

        Assert.Equal((ReferralStatus.Matched, "matching"), (matched.To, matched.ChangedBy));
        Assert.Equal((ReferralStatus.Closed, "matching", "goals-met"), (closed.To, closed.ChangedBy, closed.Reason));
        Assert.True(readyAt < matched.ChangedAt && matched.ChangedAt < closed.ChangedAt);
        Assert.Equal((matchId, readyAt.AddSeconds(-3), "goals-met"), (referral.MatchId, referral.MatchedAt, referral.ClosureReason));
        Assert.Null(referral.RecordMatch(Guid.NewGuid(), readyAt.AddDays(1)));
        Assert.Equal(matchId, referral.MatchId);
    }
}
