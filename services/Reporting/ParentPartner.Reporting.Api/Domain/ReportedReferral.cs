using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// One referral as reporting sees it, built from referral and matching events in whatever order they arrive:
/// dates only move one way (latest wins, ties settled by status order), so replaying the same events in any
/// order gives the same row. The matching profile (languages, county, needs) is erased when consent is revoked;
/// counts and dates stay.
/// </summary>
public sealed class ReportedReferral : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid ReferralId { get; set; }

    /// <summary>Set with <see cref="ReceivedAt"/> by ReferralReceived; the referral is counted once, then.</summary>
    public bool ReceivedCounted { get; set; }

    public string? Source { get; set; }

    public DateTimeOffset? ReceivedAt { get; set; }

    public string? Status { get; set; }

    public DateTimeOffset? StatusAt { get; set; }

    /// <summary>The latest time it became ready for matching.</summary>
    public DateTimeOffset? ReadyAt { get; set; }

    /// <summary>The latest time it stopped waiting (matched, withdrawn, closed, information only, or back to screening).</summary>
    public DateTimeOffset? LeftQueueAt { get; set; }

    public DateTimeOffset? InformationOnlyAt { get; set; }

    public List<string> InformationTopics { get; set; } = [];

    public DateTimeOffset? MatchedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }

    public string? WithdrawalReason { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }

    public string? ProgramKind { get; set; }

    public List<string> Languages { get; set; } = [];

    public string? County { get; set; }

    public List<string> ConditionCategories { get; set; } = [];

    public string? CaseStage { get; set; }

    public DateTimeOffset? ProfileAt { get; set; }

    public DateTimeOffset? ProfileErasedAt { get; set; }

    public void ApplyStatus(string status, DateTimeOffset at)
    {
        if (StatusAt is null || at > StatusAt || (at == StatusAt && ReferralStatuses.Rank(status) > ReferralStatuses.Rank(Status)))
        {
            Status = status;
            StatusAt = at;
        }
    }

    public void BecameReady(DateTimeOffset at) => ReadyAt = Instants.Latest(ReadyAt, at);

    public void LeftQueue(DateTimeOffset at) => LeftQueueAt = Instants.Latest(LeftQueueAt, at);

    /// <summary>Waiting for a support parent at <paramref name="at"/>: ready by then, and not left the queue since.</summary>
    public bool WaitingAt(DateTimeOffset at) =>
        ReadyAt is { } ready && ready <= at && !(LeftQueueAt is { } left && left >= ready && left <= at);

    public void EraseProfile(DateTimeOffset at)
    {
        ProfileErasedAt = Instants.Earliest(ProfileErasedAt, at);
        ProgramKind = null;
        Languages = [];
        County = null;
        ConditionCategories = [];
        CaseStage = null;
        ProfileAt = null;
    }
}
