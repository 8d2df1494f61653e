namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>A made match as the follow-up figures need it; <see cref="Kind"/> p2p or child-welfare (null when nothing says).</summary>
public sealed record FollowUpMatch(Guid MatchId, DateTimeOffset MadeAt, DateTimeOffset? EndedAt, string? Kind);
