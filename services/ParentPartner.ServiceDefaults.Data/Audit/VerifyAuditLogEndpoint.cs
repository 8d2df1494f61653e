using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.ServiceDefaults.Audit;

public static class VerifyAuditLogEndpoint
{
    /// <summary>
    /// GET {service}/audit/verify: platform admins only, since the chain spans every program of the service.
    /// </summary>
    public static RouteHandlerBuilder MapVerifyAuditLog(this RouteGroupBuilder group) =>
        group.MapGet("/audit/verify", HandleAsync)
            .RequireAuthorization(policy => policy.RequireRole(Roles.PlatformAdmin))
            .WithName("VerifyAuditLog")
            .WithSummary("Walks the service's hash-chained audit log and reports the first broken link (platform admins)")
            .Produces<AuditVerification>();

    private static async Task<IResult> HandleAsync(ServiceDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await AuditVerification.VerifyAsync(db, cancellationToken));
}
