using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Training.Api;

public static class TrainingServiceExtensions
{
    public static WebApplication MapTrainingEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/training").WithTags("Training");
        group.MapCallerEndpoint("training");
        return app;
    }
}
