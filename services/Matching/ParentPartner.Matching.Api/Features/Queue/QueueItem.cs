namespace ParentPartner.Matching.Api.Features.Queue;

public sealed record QueueItem(Guid ReferralId, DateTimeOffset ReadyAt, double HoursWaiting, bool PastTarget, bool HasOpenOffer);
