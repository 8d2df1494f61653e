using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.PayrollStipend.Api;

public static class PayrollStipendServiceExtensions
{
    public static WebApplication MapPayrollStipendEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/payroll").WithTags("Payroll and stipends");
        group.MapCallerEndpoint("payroll-stipend");
        return app;
    }
}
