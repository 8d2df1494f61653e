namespace ParentPartner.DemoSeed.FollowUp;

/// <summary>What the follow-up seeder reads back from matching and scheduling (only the fields it uses).</summary>
public sealed record MatchingQueue(IReadOnlyList<QueuedReferral> Items);

public sealed record QueuedReferral(Guid ReferralId, bool HasOpenOffer);

public sealed record CreatedOffer(Guid OfferId);

public sealed record AcceptedMatch(Guid MatchId);

public sealed record ScheduledWeek(IReadOnlyList<ScheduledMatch> Matches, IReadOnlyList<WeekAppointment> Appointments);

public sealed record ScheduledMatch(Guid MatchId);

public sealed record WeekAppointment(Guid Id);

public sealed record CalendarFeed(Guid Id, string WebcalUrl);

public sealed record ListedFeed(Guid Id, DateTimeOffset? RevokedAt);

public sealed record PoolMember(Guid SupportParentId, bool Certified, int RemainingCapacity);
