using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

/// <summary>A calendar subscription. The URLs hold the secret and are given out once, when it is made; keep them like a password.</summary>
public sealed record FeedTokenResponse(Guid Id, string ProgramId, bool WholeProgram, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Url, string? WebcalUrl)
{
    public static FeedTokenResponse From(FeedToken token, string? url = null) => new(
        token.Id, token.ProgramId, token.WholeProgram, token.CreatedAt, token.RevokedAt, url,
        url is null ? null : "webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..]);
}
