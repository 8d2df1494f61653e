using System.Collections.Frozen;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>
/// received → screened → ready-for-matching | information-only; ready-for-matching → matched → closed;
/// a family may withdraw at any point before the referral is settled (closed, information-only, withdrawn).
/// </summary>
public static class ReferralStatusMachine
{
    private static readonly FrozenDictionary<ReferralStatus, ReferralStatus[]> Next = new Dictionary<ReferralStatus, ReferralStatus[]>
    {
        [ReferralStatus.Received] = [ReferralStatus.Screened, ReferralStatus.Withdrawn],
        [ReferralStatus.Screened] = [ReferralStatus.ReadyForMatching, ReferralStatus.InformationOnly, ReferralStatus.Withdrawn],
        [ReferralStatus.ReadyForMatching] = [ReferralStatus.Matched, ReferralStatus.Withdrawn],
        [ReferralStatus.Matched] = [ReferralStatus.Closed, ReferralStatus.Withdrawn],
        [ReferralStatus.InformationOnly] = [],
        [ReferralStatus.Closed] = [],
        [ReferralStatus.Withdrawn] = [],
    }.ToFrozenDictionary();

    public static bool CanMove(ReferralStatus from, ReferralStatus to) => Next[from].Contains(to);

    public static IReadOnlyList<ReferralStatus> NextFrom(ReferralStatus from) => Next[from];

    /// <summary>Still in the program's hands: not yet settled one way or another.</summary>
    public static bool IsActive(ReferralStatus status) => Next[status].Length > 0;
}
