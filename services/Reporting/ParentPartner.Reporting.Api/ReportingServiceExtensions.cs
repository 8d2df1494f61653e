using ParentPartner.Reporting.Api.EventLog;
using ParentPartner.Reporting.Api.Features.AnnualReports;
using ParentPartner.Reporting.Api.Features.FollowUp;
using ParentPartner.Reporting.Api.Features.Payroll;
using ParentPartner.Reporting.Api.Features.ProgramSummary;
using ParentPartner.Reporting.Api.Features.Rebuild;
using ParentPartner.Reporting.Api.Features.RosterGaps;
using ParentPartner.Reporting.Api.Features.Settings;
using ParentPartner.Reporting.Api.Features.TimeToMatch;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Reporting.Api;

public static class ReportingServiceExtensions
{
    public static IHostApplicationBuilder AddReporting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<ReadModelRebuilder>();
        return builder;
    }

    public static WebApplication MapReportingEndpoints(this WebApplication app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports");
        reports.MapCallerEndpoint("reporting");
        reports.MapProgramSummary();
        reports.MapTimeToMatch();
        reports.MapRosterGaps();
        reports.MapFollowUp();
        reports.MapPayroll();

        var settings = app.MapGroup("/api/reports").WithTags("Reporting settings");
        settings.MapGetSettings();
        settings.MapPutSettings();

        var annual = app.MapGroup("/api/reports").WithTags("Annual alliance reports");
        annual.MapGetAnnualReport();
        annual.MapCreateAnnualReportDraft();
        annual.MapApproveAnnualReport();

        app.MapGroup("/api/reports").WithTags("Read-model rebuild").MapRebuild();
        return app;
    }
}
