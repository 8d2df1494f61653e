using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Scheduling.Api;

public static class SchedulingServiceExtensions
{
    public static WebApplication MapSchedulingEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/scheduling").WithTags("Scheduling");
        group.MapCallerEndpoint("scheduling");
        return app;
    }
}
