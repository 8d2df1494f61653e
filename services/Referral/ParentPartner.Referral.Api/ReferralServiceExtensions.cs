using ParentPartner.ServiceDefaults.Http;
using ParentPartner.Referral.Api.Features.GetReferral;
using ParentPartner.Referral.Api.Features.SubmitReferral;

namespace ParentPartner.Referral.Api;

public static class ReferralServiceExtensions
{
    public static IHostApplicationBuilder AddReferrals(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapReferralEndpoints(this WebApplication app)
    {
        var referrals = app.MapGroup("/api/referrals").WithTags("Referrals");
        referrals.MapCallerEndpoint("referral");
        referrals.MapSubmitReferral();
        referrals.MapGetReferral();
        return app;
    }
}
