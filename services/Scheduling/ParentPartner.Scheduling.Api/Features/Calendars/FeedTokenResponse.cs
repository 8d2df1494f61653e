using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Calendars;

/// <summary>A calendar subscription. The URLs hold the secret and are given out once, when it is made; keep them like a password.</summary>
/// <param name="Id">The subscription's id.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="WholeProgram">True when it shows the whole program's appointments (a coordinator's); false for the owner's own only.</param>
/// <param name="CreatedAt">When it was made (UTC).</param>
/// <param name="RevokedAt">When it was revoked (UTC); null while it works.</param>
/// <param name="Url">The https feed URL; only in the response that made it, else null.</param>
/// <param name="WebcalUrl">The same as webcal://, to subscribe in one click; only when made, else null.</param>
public sealed record FeedTokenResponse(Guid Id, string ProgramId, bool WholeProgram, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, string? Url, string? WebcalUrl)
{
    public static FeedTokenResponse From(FeedToken token, string? url = null) => new(
        token.Id, token.ProgramId, token.WholeProgram, token.CreatedAt, token.RevokedAt, url,
        url is null ? null : "webcal://" + url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..]);
}
