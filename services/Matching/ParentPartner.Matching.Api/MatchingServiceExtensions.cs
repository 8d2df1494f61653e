using ParentPartner.Matching.Api.Features.BatchRuns;
using ParentPartner.Matching.Api.Features.Matches;
using ParentPartner.Matching.Api.Features.Offers;
using ParentPartner.Matching.Api.Features.Queue;
using ParentPartner.Matching.Api.Features.Settings;
using ParentPartner.Matching.Api.Features.Suggestions;
using ParentPartner.Matching.Api.Offers;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Matching.Api;

public static class MatchingServiceExtensions
{
    public static IHostApplicationBuilder AddMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OfferService>();
        builder.Services.AddSingleton<OfferExpirySweep>();
        builder.Services.AddHostedService<OfferExpiryWorker>();
        return builder;
    }

    public static WebApplication MapMatchingEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/matching").WithTags("Matching");
        group.MapCallerEndpoint("matching");
        group.MapQueueAndPool();
        group.MapGetSuggestions();
        group.MapOffers();
        group.MapMatches();
        group.MapBatchRuns();
        group.MapSettings();
        return app;
    }
}
