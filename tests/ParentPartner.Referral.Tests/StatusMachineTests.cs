using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Http;
using static ParentPartner.Referral.Api.Domain.ReferralStatus;

namespace ParentPartner.Referral.Tests;

/// <summary>The referral status machine, pair by pair: every legal move, and every other pair refused.</summary>
public sealed class StatusMachineTests
{
    private static readonly HashSet<(ReferralStatus From, ReferralStatus To)> Legal =
    [
        (Received, Screened),
        (Received, Withdrawn),
        (Screened, ReadyForMatching),
        (Screened, InformationOnly),
        (Screened, Withdrawn),
        (ReadyForMatching, Matched),
        (ReadyForMatching, Withdrawn),
        (Matched, Closed),
        (Matched, Withdrawn),
    ];

    public static TheoryData<ReferralStatus, ReferralStatus> AllPairs()
    {
        var pairs = new TheoryData<ReferralStatus, ReferralStatus>();
        foreach (var from in Enum.GetValues<ReferralStatus>())
        {
            foreach (var to in Enum.GetValues<ReferralStatus>())
            {
                pairs.Add(from, to);
            }
        }
        return pairs;
    }

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void A_move_is_allowed_exactly_when_it_is_in_the_programs_flow(ReferralStatus from, ReferralStatus to) =>
        Assert.Equal(Legal.Contains((from, to)), ReferralStatusMachine.CanMove(from, to));

    [Theory]
    [MemberData(nameof(AllPairs))]
    public void A_referral_moves_and_records_history_only_on_a_legal_move(ReferralStatus from, ReferralStatus to)
    {
        var at = new DateTimeOffset(2026, 3, 2, 15, 0, 0, TimeSpan.Zero);
        var referral = new Api.Domain.Referral
        {
            Id = Guid.NewGuid(),
            ProgramId = "p",
            Status = from,
            StatusChangedAt = at.AddDays(-1),
            Parent = new ParentContact(),
            Consent = new Consent { Scope = "s" },
        };

        var change = referral.MoveTo(to, at, "coordinator", "a-reason", null);

        if (Legal.Contains((from, to)))
        {
            Assert.NotNull(change);
            Assert.Equal((from, to, at), (change.From!.Value, change.To, change.ChangedAt));
            Assert.Equal((to, at), (referral.Status, referral.StatusChangedAt));
            Assert.Single(referral.StatusHistory);
        }
        else
        {
            Assert.Null(change);
            Assert.Equal((from, at.AddDays(-1)), (referral.Status, referral.StatusChangedAt));
            Assert.Empty(referral.StatusHistory);
        }
    }

    [Theory]
    [InlineData(InformationOnly)]
    [InlineData(Closed)]
    [InlineData(Withdrawn)]
    public void Settled_referrals_go_nowhere(ReferralStatus settled)
    {
        Assert.Empty(ReferralStatusMachine.NextFrom(settled));
        Assert.False(ReferralStatusMachine.IsActive(settled));
    }

    [Fact]
    public void Every_status_has_a_kebab_case_wire_name_that_reads_back()
    {
        foreach (var status in Enum.GetValues<ReferralStatus>())
        {
            Assert.True(KebabEnum.TryParse<ReferralStatus>(KebabEnum.Name(status), out var back));
            Assert.Equal(status, back);
        }
        Assert.Equal("ready-for-matching", KebabEnum.Name(ReadyForMatching));
        Assert.False(KebabEnum.TryParse<ReferralStatus>("ReadyForMatching", out _));
    }
}
