using ParentPartner.Scheduling.Api.Data.Configurations;
using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.Scheduling.Api.Features.Calendars;
using ParentPartner.Scheduling.Api.Features.Contacts;
using ParentPartner.Scheduling.Api.Features.Matches;
using ParentPartner.Scheduling.Api.Features.Me;
using ParentPartner.Scheduling.Api.Features.Plans;
using ParentPartner.Scheduling.Api.Features.Settings;
using ParentPartner.Scheduling.Api.Features.Worklist;
using ParentPartner.Scheduling.Api.Jobs;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Dapr;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Jobs;

namespace ParentPartner.Scheduling.Api;

public static class SchedulingServiceExtensions
{
    public static IHostApplicationBuilder AddScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ReminderOptions>().BindConfiguration("Scheduling:Reminders");
        builder.Services.AddScoped<ReminderQueue>();
        builder.Services.AddSingleton<CalendarFeedCache>();
        if (string.IsNullOrEmpty(builder.Configuration["Scheduling:Reminders:DaprHttpEndpoint"]))
        {
            builder.Services.AddSingleton<IReminderChannel, LocalReminderChannel>();
        }
        else
        {
            builder.Services.AddHttpClient<IReminderChannel, DaprReminderChannel>(http => http.Timeout = TimeSpan.FromSeconds(10));
        }
        // Every 15 minutes: the first-contact clock is 48 hours, so an overdue item surfaces within a quarter hour.
        return builder.AddRecurringJob<PlanSweep>("Scheduling:PlanSweep", TimeSpan.FromMinutes(15), (sweep, now, cancellationToken) => sweep.RunAsync(now, cancellationToken));
    }

    public static WebApplication MapSchedulingEndpoints(this WebApplication app)
    {
        var group = app.MapGroup("/api/scheduling").WithTags("Scheduling").TranslateSaveConflicts(new Dictionary<string, string>
        {
            [PlanItemConfiguration.OneItemIndex] = "The plan changed at the same moment; read it again and retry.",
        });
        group.MapCallerEndpoint("scheduling");

        var program = group.MapProgramScope();
        program.MapCreateAppointment();
        program.MapGetAppointment();
        program.MapChangeAppointment();
        program.MapCancelAppointment();
        program.MapRecordOutcome();
        program.MapListAppointments();

        program.MapCreateFeedToken();
        program.MapListFeedTokens();
        program.MapRevokeFeedToken();
        app.MapGetCalendarFeed();

        program.MapListMatches();
        program.MapGetPlan();
        program.MapCompletePlanItem();
        program.MapGetWorklist();
        program.MapListAlerts();

        program.MapLogContact();
        program.MapCorrectContact();
        program.MapVoidContact();
        program.MapGetContact();
        program.MapListContacts();

        program.MapGetFollowUpSettings();
        program.MapPutFollowUpSettings();

        var me = group.MapGroup("/me");
        me.MapMyWeek();
        me.MapMyReminders();
        me.MapGetMyWorklist();

        // Where a Dapr sidecar drives the sweep (deploy/dapr), set Scheduling:PlanSweep:Enabled=false.
        app.MapDaprCronBinding("plan-sweep", (services, cancellationToken) =>
            services.GetRequiredService<PlanSweep>().RunAsync(services.GetRequiredService<TimeProvider>().Now(), cancellationToken));

        // The shared audit log (ADR 0009): verifying the chain, and a program's trail of a family.
        group.MapAuditLog(program);
        return app;
    }
}
