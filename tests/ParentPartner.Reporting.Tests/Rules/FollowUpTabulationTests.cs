using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.FollowUp;

namespace ParentPartner.Reporting.Tests.Rules;

/// <summary>The follow-up rules on rows alone: windows still open are pending, not misses.</summary>
public sealed class FollowUpTabulationTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateTimeOffset Made = new(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private static ReportedContact Contact(Guid match, DateTimeOffset at, int minutes = 60, bool voided = false) => new()
    {
        ProgramId = "p", ContactId = Guid.NewGuid(), Revision = 1, MatchId = match, Kind = "one-to-one", Mode = "phone",
        StartedAt = at, OccurredOn = DateOnly.FromDateTime(at.UtcDateTime), Minutes = minutes, Voided = voided,
    };

    private static FollowUpMonth Tabulate(DateTimeOffset now, FollowUpMatch[] matches, params ReportedContact[] contacts) =>
        FollowUpTabulation.Build([March], now, matches, contacts, [], []).Months.Single();

    [Fact]
    public void A_match_not_yet_contacted_is_pending_until_its_48_hours_are_over()
    {
        var match = new FollowUpMatch(Guid.NewGuid(), Made, null, FollowUpTargets.P2p);

        var within = Tabulate(Made.AddHours(47), [match]).FirstContactWithin48Hours;
        var after = Tabulate(Made.AddHours(49), [match]).FirstContactWithin48Hours;

        Assert.Equal(new FollowUpShare(0, 0, 1, null), within);
        Assert.Equal(new FollowUpShare(1, 0, 0, 0m), after);
    }

    [Fact]
    public void A_met_target_counts_at_once_even_inside_its_window()
    {
        var match = new FollowUpMatch(Guid.NewGuid(), Made, null, FollowUpTargets.P2p);
        var contacts = Enumerable.Range(1, 4).Select(d => Contact(match.MatchId, Made.AddDays(d))).ToArray();

        var month = Tabulate(Made.AddDays(5), [match], contacts);

        Assert.Equal(new FollowUpShare(1, 1, 0, 1m), month.FourContactsInFirstEightWeeks);
        Assert.Equal(new FollowUpShare(1, 1, 0, 1m), month.FirstContactWithin48Hours);
    }

    [Fact]
    public void Voided_contacts_count_for_nothing()
    {
        var match = new FollowUpMatch(Guid.NewGuid(), Made, null, FollowUpTargets.ChildWelfare);

        var month = Tabulate(Made.AddDays(60), [match], Contact(match.MatchId, Made.AddHours(1), 480, voided: true));

        Assert.Equal(0, month.Contacts);
        Assert.Equal(0m, month.Hours);
        Assert.Equal(new FollowUpShare(1, 0, 0, 0m), month.FirstContactWithin48Hours);
        Assert.Equal(new FollowUpShare(1, 0, 0, 0m), month.HoursWithinSevenToTen);
    }

    [Theory]
    [InlineData(419, false)]
    [InlineData(420, true)]
    [InlineData(600, true)]
    [InlineData(601, false)]
    public void Seven_to_ten_hours_includes_both_ends(int minutes, bool within)
    {
        var match = new FollowUpMatch(Guid.NewGuid(), Made, null, FollowUpTargets.ChildWelfare);

        var share = Tabulate(Made.AddDays(60), [match], Contact(match.MatchId, Made.AddHours(1), minutes)).HoursWithinSevenToTen;

        Assert.Equal(within ? 1 : 0, share.Met);
        Assert.Equal(1, share.Counted);
    }

    [Fact]
    public void The_month_in_progress_is_pending_for_monthly_hours()
    {
        var match = new FollowUpMatch(Guid.NewGuid(), Made, null, FollowUpTargets.ChildWelfare);

        var share = Tabulate(Made.AddDays(5), [match], Contact(match.MatchId, Made.AddHours(1), 500)).HoursWithinSevenToTen;

        Assert.Equal(new FollowUpShare(0, 0, 1, null), share);
    }

    [Fact]
    public void Matches_of_unknown_kind_are_in_neither_kinds_share()
    {
        var match = new FollowUpMatch(Guid.NewGuid(), Made, null, null);

        var month = Tabulate(Made.AddDays(90), [match], Contact(match.MatchId, Made.AddHours(1), 480));

        Assert.Equal(new FollowUpShare(0, 0, 0, null), month.FourContactsInFirstEightWeeks);
        Assert.Equal(new FollowUpShare(0, 0, 0, null), month.HoursWithinSevenToTen);
        Assert.Equal(1, month.FirstContactWithin48Hours.Met);
    }
}
