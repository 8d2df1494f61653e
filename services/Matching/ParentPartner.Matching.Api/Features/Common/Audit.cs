using System.Security.Claims;
using System.Text.RegularExpressions;
using ParentPartner.Matching.Api.Data;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Matching.Api.Features.Common;

/// <summary>Writes audit rows (saved with the caller's SaveChanges): who, when, what, for which offer or match, why.</summary>
public static partial class Audit
{
    public const string PurposeHeader = "X-Access-Purpose";

    public static void Record(this MatchingDbContext db, HttpContext http, DateTimeOffset at, string programId, string action, string purpose, Guid? offerId = null, Guid? matchId = null) =>
        db.Audit.Add(new AuditEntry
        {
            Id = Guid.CreateVersion7(at),
            ProgramId = programId,
            At = at,
            Actor = Actor(http.User),
            Action = action,
            Purpose = purpose,
            OfferId = offerId,
            MatchId = matchId,
            CorrelationId = http.Items[CorrelationIdMiddleware.ItemKey] as string,
        });

    /// <summary>The purpose of a read: the X-Access-Purpose header (a short kebab-case code), else <paramref name="fallback"/>.</summary>
    public static FieldErrors ReadPurpose(HttpContext http, string fallback, out string purpose)
    {
        var header = http.Request.Headers[PurposeHeader].ToString();
        purpose = header.Length > 0 ? header : fallback;
        return Shape().IsMatch(purpose)
            ? new FieldErrors()
            : new FieldErrors().Add(PurposeHeader, "must be a purpose code: lower-case letters, digits and hyphens, at most 50 (e.g. first-contact).");
    }

    public static string Actor(ClaimsPrincipal user) => user.SubjectId() ?? user.ClientId() ?? "unknown";

    [GeneratedRegex(@"^[a-z][a-z0-9-]{1,49}$")]
    private static partial Regex Shape();
}
