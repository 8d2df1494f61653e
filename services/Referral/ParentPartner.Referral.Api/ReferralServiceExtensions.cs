using ParentPartner.Referral.Api.Features.AuditTrail;
using ParentPartner.Referral.Api.Features.ChangeStatus;
using ParentPartner.Referral.Api.Features.GetReferral;
using ParentPartner.Referral.Api.Features.InformationRequests;
using ParentPartner.Referral.Api.Features.ListReferrals;
using ParentPartner.Referral.Api.Features.Programs;
using ParentPartner.Referral.Api.Features.ReEntries;
using ParentPartner.Referral.Api.Features.ReferrerStatus;
using ParentPartner.Referral.Api.Features.RevokeConsent;
using ParentPartner.Referral.Api.Features.SelfReferral;
using ParentPartner.Referral.Api.Features.StatusHistory;
using ParentPartner.Referral.Api.Features.SubmitReferral;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Referral.Api;

public static class ReferralServiceExtensions
{
    public static IHostApplicationBuilder AddReferrals(this IHostApplicationBuilder builder) => builder;

    public static WebApplication MapReferralEndpoints(this WebApplication app)
    {
        var referrals = app.MapGroup("/api/referrals").WithTags("Referrals");
        referrals.MapCallerEndpoint("referral");
        referrals.MapSubmitReferral();
        referrals.MapListReferrals();
        referrals.MapGetReferral();
        referrals.MapChangeStatus();
        referrals.MapGetStatusHistory();
        referrals.MapRevokeConsent();
        referrals.MapGetAuditTrail();

        var outcomes = app.MapGroup("/api/referrals").WithTags("Outcomes");
        outcomes.MapRecordReEntry();
        outcomes.MapListReEntries();

        var referred = app.MapGroup("/api/referrals").WithTags("Closed loop (referring organisations)");
        referred.MapListReferred();
        referred.MapGetReferred();

        var programs = app.MapGroup("/api/referrals/programs").WithTags("Programs");
        programs.MapPutProgram();
        programs.MapListPrograms();
        programs.MapGetProgram();

        // Anonymous inquiries: a tally with no personal data, under the program it was answered for.
        var inquiries = app.MapGroup("/api/referrals").MapProgramScope().WithTags("Information requests");
        inquiries.MapRecordInformationRequest();
        inquiries.MapListInformationRequests();

        // The shared audit log (ADR 0009): verifying the chain, and a program's trail of every record.
        var audit = app.MapGroup("/api/referrals").WithTags("Audit");
        audit.MapAuditLog(audit.MapProgramScope());

        // The only anonymous surface: the gateway routes exactly this path with its per-address limit.
        var publicForms = app.MapGroup("/api/public").WithTags("Public forms");
        publicForms.MapSubmitSelfReferral();
        return app;
    }
}
