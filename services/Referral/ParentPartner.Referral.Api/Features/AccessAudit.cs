using System.Security.Claims;
using ParentPartner.Referral.Api.Data;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Referral.Api.Features;

/// <summary>Writes the audit row for each referral whose personal data a response is about to show.</summary>
public static class AccessAudit
{
    public static void RecordReads(this ReferralDbContext db, HttpContext http, DateTimeOffset at, string access, IEnumerable<Domain.Referral> referrals)
    {
        var purpose = AccessPurpose.Of(http);
        var user = http.User;
        var correlationId = http.Items[CorrelationIdMiddleware.ItemKey] as string;
        foreach (var referral in referrals)
        {
            db.AccessAudit.Add(new AccessAuditEntry
            {
                Id = Guid.CreateVersion7(at),
                ReferralId = referral.Id,
                ProgramId = referral.ProgramId,
                AccessedAt = at,
                Actor = Actor(user),
                ClientId = user.ClientId(),
                Access = access,
                Purpose = purpose,
                CorrelationId = correlationId,
            });
        }
    }

    private static string Actor(ClaimsPrincipal user) => user.SubjectId() ?? user.ClientId() ?? "unknown";
}
