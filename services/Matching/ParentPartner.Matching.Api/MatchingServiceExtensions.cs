using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Matching.Api;

public static class MatchingServiceExtensions
{
    public static WebApplication MapMatchingEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/matching").WithTags("Matching");
        group.MapCallerEndpoint("matching");
        return app;
    }
}
