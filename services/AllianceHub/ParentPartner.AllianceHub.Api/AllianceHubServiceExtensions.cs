using ParentPartner.AllianceHub.Api.Features.National;
using ParentPartner.AllianceHub.Api.Features.Submissions;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.AllianceHub.Api;

public static class AllianceHubServiceExtensions
{
    public static IHostApplicationBuilder AddAllianceHub(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<NationalFigures>();
        return builder;
    }

    public static WebApplication MapAllianceHubEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/alliance").WithTags("Alliance hub");
        group.MapCallerEndpoint("alliance-hub");
        group.MapListSubmissions();
        group.MapGetSubmission();
        group.MapDecideSubmission();
        group.MapNationalTotals();
        group.MapStateTable();
        group.MapStateTableCsv();
        group.MapTrends();
        group.MapMatchesChart();
        return app;
    }
}
