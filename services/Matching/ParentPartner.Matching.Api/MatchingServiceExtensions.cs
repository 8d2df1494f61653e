using ParentPartner.Matching.Api.Data.Configurations;
using ParentPartner.Matching.Api.Features.BatchRuns;
using ParentPartner.Matching.Api.Features.Common;
using ParentPartner.Matching.Api.Features.Matches;
using ParentPartner.Matching.Api.Features.Me;
using ParentPartner.Matching.Api.Features.Offers;
using ParentPartner.Matching.Api.Features.Pool;
using ParentPartner.Matching.Api.Features.Queue;
using ParentPartner.Matching.Api.Features.Settings;
using ParentPartner.Matching.Api.Features.Suggestions;
using ParentPartner.Matching.Api.Jobs;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Jobs;

namespace ParentPartner.Matching.Api;

public static class MatchingServiceExtensions
{
    public static IHostApplicationBuilder AddMatching(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<OfferService>();
        // Every minute (Matching:OfferSweep:Interval): a 72-hour offer passes on within a minute of expiring.
        return builder.AddRecurringJob<OfferExpirySweep>("Matching:OfferSweep", TimeSpan.FromMinutes(1), (sweep, _, cancellationToken) => sweep.RunOnceAsync(cancellationToken));
    }

    public static WebApplication MapMatchingEndpoints(this WebApplication app)
    {
        var matching = app.MapGroup("/api/matching").WithTags("Matching").TranslateSaveConflicts(new Dictionary<string, string>
        {
            [OfferConfiguration.OnePendingPerReferralIndex] = "Another offer for this referral was made at the same time.",
        });
        matching.MapCallerEndpoint("matching");

        var program = matching.MapProgramScope();
        program.MapGetQueue();
        program.MapGetPool();
        program.MapRunBatchAssignment();
        program.MapGetSettings();
        program.MapPutSettings();
        program.MapListProgramMatches();

        matching.MapGetSuggestions();
        matching.MapApproveProposal();
        matching.MapListReferralOffers();
        matching.MapListMyOffers();
        matching.MapAcceptOffer();
        matching.MapDeclineOffer();
        matching.MapWithdrawOffer();

        matching.MapGetMatch();
        matching.MapListMyMatches();
        matching.MapEndMatch();

        // The shared audit log (ADR 0009): verifying the chain, and a program's trail of a family.
        matching.MapAuditLog(program);
        return app;
    }
}
