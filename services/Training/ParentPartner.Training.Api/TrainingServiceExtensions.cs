using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Dapr;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Http;
using ParentPartner.ServiceDefaults.Jobs;
using ParentPartner.Training.Api.Jobs;
using ParentPartner.Training.Api.Data.Configurations;
using ParentPartner.Training.Api.Features.Certification;
using ParentPartner.Training.Api.Features.Cohorts;
using ParentPartner.Training.Api.Features.Courses;
using ParentPartner.Training.Api.Features.Me;
using ParentPartner.Training.Api.Features.Settings;
using ParentPartner.Training.Api.Features.SupportParents;
using ParentPartner.Training.Api.Features.Transcripts;
using ParentPartner.Training.Api.Features.Common;
using ParentPartner.ServiceDefaults.Audit;

namespace ParentPartner.Training.Api;

public static class TrainingServiceExtensions
{
    public static IHostApplicationBuilder AddTraining(this IHostApplicationBuilder builder)
    {
        builder.Services.AddScoped<TrainingPrograms>();
        builder.Services.AddScoped<CertificationLedger>();
        builder.Services.AddScoped<TranscriptBuilder>();
        // Daily, on the injected clock; where a Dapr cron binding drives it (deploy/dapr), Training:CertificationSweep:Enabled=false.
        return builder.AddRecurringJob<CertificationSweep>("Training:CertificationSweep", TimeSpan.FromDays(1),
            (sweep, now, cancellationToken) => sweep.RunAsync(now, cancellationToken: cancellationToken));
    }

    public static WebApplication MapTrainingEndpoints(this WebApplication app)
    {
        var training = app.MapGroup("/api/training").WithTags("Training").TranslateSaveConflicts(new Dictionary<string, string>
        {
            [SupportParentConfiguration.UniqueAccountIndex] = "That account already has a support-parent record in this program.",
            [EnrolmentConfiguration.OneSeatPerPersonIndex] = "This support parent already has a seat in this cohort.",
        });
        training.MapCallerEndpoint("training");

        var program = training.MapProgramScope();
        program.MapGetSettings();
        program.MapPutSettings();

        program.MapListCourses();
        program.MapGetCourse();
        program.MapAddCourse();
        program.MapRetireCourse();

        program.MapApply();
        program.MapListSupportParents();
        program.MapGetSupportParent();
        program.MapUpdateProfile();
        program.MapWithdraw();
        program.MapGetTranscript();

        program.MapScheduleCohort();
        program.MapListCohorts();
        program.MapGetCohort();
        program.MapEnrol();
        program.MapListEnrolments();
        program.MapGetEnrolment();
        program.MapRecordAttendance();

        program.MapRunSweep();

        // The shared audit log (ADR 0009): verifying the chain, and a program's trail of a support parent.
        training.MapAuditLog(program);

        var me = training.MapGroup("/me");
        me.MapMyProfile();
        me.MapMyTranscript();
        me.MapMySessions();

        // Where a Dapr sidecar runs the daily sweep (deploy/dapr), set Training:CertificationSweep:Enabled=false.
        app.MapDaprCronBinding("certification-sweep", (services, cancellationToken) =>
            services.GetRequiredService<CertificationSweep>().RunAsync(services.GetRequiredService<TimeProvider>().Now(), cancellationToken: cancellationToken));
        return app;
    }
}
