using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Scheduling.Api;

public static class SchedulingServiceExtensions
{
    public static WebApplication MapSchedulingEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/scheduling").WithTags("Scheduling");
        group.MapCallerEndpoint("scheduling");

        var program = group.MapProgramScope();
        program.MapCreateAppointment();
        program.MapGetAppointment();
        program.MapChangeAppointment();
        program.MapCancelAppointment();
        program.MapRecordOutcome();
        return app;
    }
}
