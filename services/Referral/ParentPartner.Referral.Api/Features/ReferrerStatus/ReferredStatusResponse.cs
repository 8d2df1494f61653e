using ParentPartner.Referral.Api.Domain;

namespace ParentPartner.Referral.Api.Features.ReferrerStatus;

/// <summary>
/// The closed loop: what a referring organisation may know about a referral it made — where it stands and
/// when, nothing about the family. Matched and closed come from matching's events; a closed referral says only
/// whether the support was completed or ended (<see cref="ReferrerOutcome.Of"/>), never why.
/// </summary>
/// <param name="Id">The referral's id.</param>
/// <param name="ProgramId">The program it was referred to.</param>
/// <param name="Status">Where it stands.</param>
/// <param name="ReceivedAt">When it was received.</param>
/// <param name="StatusChangedAt">When its status last changed.</param>
/// <param name="History">Each status it has had, oldest first: in the answer for one referral, null in the list.</param>
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

    /// <summary>One status a referral had, and since when.</summary>
    /// <param name="At">When the referral took it.</param>
    public sealed record StatusStep(ReferralStatus Status, DateTimeOffset At);
}
