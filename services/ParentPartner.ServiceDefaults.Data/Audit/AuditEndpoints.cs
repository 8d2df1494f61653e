using Microsoft.AspNetCore.Routing;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.ServiceDefaults.Audit;

public static class AuditEndpoints
{
    /// <summary>The audit routes every service that keeps an audit log maps: verification under the service, the trail under the program scope.</summary>
    public static void MapAuditLog(this RouteGroupBuilder service, RouteGroupBuilder programScope)
    {
        service.MapVerifyAuditLog();
        programScope.MapGetProgramAuditTrail();
    }
}
