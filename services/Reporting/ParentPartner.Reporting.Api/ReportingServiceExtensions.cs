using ParentPartner.ServiceDefaults.Http;
using ParentPartner.Reporting.Api.Features.ProgramSummary;

namespace ParentPartner.Reporting.Api;

public static class ReportingServiceExtensions
{
    public static WebApplication MapReportingEndpoints(this WebApplication app)
    {
        var reports = app.MapGroup("/api/reports").WithTags("Reports");
        reports.MapCallerEndpoint("reporting");
        reports.MapProgramSummary();
        return app;
    }
}
