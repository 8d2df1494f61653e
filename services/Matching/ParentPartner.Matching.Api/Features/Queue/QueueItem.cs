namespace ParentPartner.Matching.Api.Features.Queue;

/// <summary>One referral in the queue.</summary>
/// <param name="ReferralId">The referral.</param>
/// <param name="ReadyAt">When it became ready for matching (UTC).</param>
/// <param name="HoursWaiting">Hours since it became ready.</param>
/// <param name="PastTarget">True once it has waited longer than the program's target.</param>
/// <param name="HasOpenOffer">Whether an offer is out and unanswered.</param>
public sealed record QueueItem(Guid ReferralId, DateTimeOffset ReadyAt, double HoursWaiting, bool PastTarget, bool HasOpenOffer);
