using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ReferrerStatus;

/// <summary>
/// The closed loop: what a referring organisation may know about a referral it made — where it stands and
/// when, nothing about the family. Matched and closed come from matching's events; a closed referral says only
/// whether the support was completed or ended (<see cref="ReferrerOutcome.Of"/>), never why.
/// </summary>
public sealed record ReferredStatusResponse(
    Guid Id,
    string ProgramId,
    ReferralStatus Status,
    DateTimeOffset ReceivedAt,
    DateTimeOffset StatusChangedAt,
    IReadOnlyList<ReferredStatusResponse.StatusStep>? History = null)
{
    /// <summary>support-completed or support-ended once the referral is closed; null before.</summary>
    public string? Outcome { get; init; }

    public static ReferredStatusResponse From(Domain.Referral referral, bool withHistory = false) => new(
        referral.Id,
        referral.ProgramId,
        referral.Status,
        referral.ReceivedAt,
        referral.StatusChangedAt,
        withHistory ? [.. referral.StatusHistory.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).Select(c => new StatusStep(c.To, c.ChangedAt))] : null)
    {
        Outcome = referral.Status == ReferralStatus.Closed ? ReferrerOutcome.Of(referral.ClosureReason) : null,
    };

    public sealed record StatusStep(ReferralStatus Status, DateTimeOffset At);
}
