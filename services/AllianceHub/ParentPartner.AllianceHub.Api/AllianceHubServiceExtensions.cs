using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.AllianceHub.Api;

public static class AllianceHubServiceExtensions
{
    public static WebApplication MapAllianceHubEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/alliance").WithTags("Alliance hub");
        group.MapCallerEndpoint("alliance-hub");
        return app;
    }
}
