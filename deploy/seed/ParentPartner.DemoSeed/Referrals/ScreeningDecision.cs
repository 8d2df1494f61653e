namespace ParentPartner.DemoSeed.Referrals;

/// <summary>Where the coordinator's screening takes a demo referral, with the reason or the information given where the step needs one.</summary>
public sealed record ScreeningDecision(ReferralStatus Target, string? Reason = null, string[]? InformationGiven = null)
{
    public static readonly ScreeningDecision LeftReceived = new(ReferralStatus.Received);

    /// <summary>The status changes from received to the target, in order.</summary>
    public IReadOnlyList<ReferralStatus> Steps => Target switch
    {
        ReferralStatus.Screened => [ReferralStatus.Screened],
        ReferralStatus.ReadyForMatching => [ReferralStatus.Screened, ReferralStatus.ReadyForMatching],
        ReferralStatus.InformationOnly => [ReferralStatus.Screened, ReferralStatus.InformationOnly],
        ReferralStatus.Withdrawn => [ReferralStatus.Withdrawn],
        _ => [],
    };

    /// <summary>The steps still to take from <paramref name="current"/>; none once it is elsewhere (matched, or moved by hand).</summary>
    public IReadOnlyList<ReferralStatus> RemainingFrom(ReferralStatus current)
    {
        if (current == ReferralStatus.Received)
        {
            return Steps;
        }
        var at = Steps.ToList().IndexOf(current);
        return at < 0 ? [] : [.. Steps.Skip(at + 1)];
    }
}
