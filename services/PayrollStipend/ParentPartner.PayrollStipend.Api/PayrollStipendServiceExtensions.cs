using ParentPartner.PayrollStipend.Api.Data.Configurations;
using ParentPartner.PayrollStipend.Api.Features.Adjustments;
using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.Exports;
using ParentPartner.PayrollStipend.Api.Features.Invoices;
using ParentPartner.PayrollStipend.Api.Features.Me;
using ParentPartner.PayrollStipend.Api.Features.Payees;
using ParentPartner.PayrollStipend.Api.Features.Periods;
using ParentPartner.PayrollStipend.Api.Features.Policies;
using ParentPartner.PayrollStipend.Api.Features.Settings;
using ParentPartner.PayrollStipend.Api.Features.Stipends;
using ParentPartner.PayrollStipend.Api.Features.TaxYears;
using ParentPartner.PayrollStipend.Api.Features.Timesheets;
using ParentPartner.PayrollStipend.Api.Features.Worklist;
using ParentPartner.PayrollStipend.Api.Jobs;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Dapr;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Jobs;

namespace ParentPartner.PayrollStipend.Api;

public static class PayrollStipendServiceExtensions
{
    public static IHostApplicationBuilder AddPayrollStipend(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<PayrollPrograms>();
        builder.Services.AddScoped<TimesheetLedger>();
        builder.Services.AddScoped<TimesheetWorkflow>();
        builder.Services.AddScoped<ExportBuilder>();
        // Daily, on the injected clock; where a Dapr cron binding drives it (deploy/dapr), Payroll:StipendSweep:Enabled=false.
        return builder.AddRecurringJob<StipendSweep>("Payroll:StipendSweep", TimeSpan.FromDays(1),
            (sweep, now, cancellationToken) => sweep.RunAsync(now, cancellationToken: cancellationToken));
    }

    public static WebApplication MapPayrollStipendEndpoints(this WebApplication app)
    {
        var payroll = app.MapGroup("/api/payroll").WithTags("Payroll and stipends").TranslateSaveConflicts(new Dictionary<string, string>
        {
            [PayPolicyConfiguration.OneVersionNumberIndex] = "Another policy version was added at the same moment; read the policies and try again.",
        });
        payroll.MapCallerEndpoint("payroll-stipend");

        var program = payroll.MapProgramScope();
        program.MapGetSettings();
        program.MapPutSettings();

        program.MapListPolicies();
        program.MapGetPolicy();
        program.MapCreatePolicy();

        program.MapListPeriods();
        program.MapGetPeriod();
        program.MapRecordPayment();

        program.MapListTimesheets();
        program.MapGetTimesheet();
        program.MapSubmitTimesheet();
        program.MapApproveTimesheet();
        program.MapReturnTimesheet();
        program.MapCreateAdjustment();
        program.MapRunStipendSweep();

        program.MapGetPayee();
        program.MapPutPayee();
        program.MapPutPayeeBenefit();

        program.MapCreateExport();
        program.MapListExports();
        program.MapGetExportFile();
        program.MapListInvoices();
        program.MapGetInvoiceFile();

        program.MapGetWorklist();
        program.MapGetTaxYear();

        // The shared audit log (ADR 0009): verifying the chain, and a program's trail of a support parent.
        payroll.MapAuditLog(program);

        var me = payroll.MapGroup("/me");
        me.MapMyStatements();
        me.MapMyStatement();
        me.MapMyInvoices();
        me.MapMyInvoiceFile();
        me.MapMyYearToDate();
        me.MapPutMyBenefit();
        me.MapDeleteMyBenefit();

        // Where a Dapr sidecar runs the daily sweep (deploy/dapr), set Payroll:StipendSweep:Enabled=false.
        app.MapDaprCronBinding("stipend-sweep", (services, cancellationToken) =>
            services.GetRequiredService<StipendSweep>().RunAsync(services.GetRequiredService<TimeProvider>().Now(), cancellationToken: cancellationToken));
        return app;
    }
}
