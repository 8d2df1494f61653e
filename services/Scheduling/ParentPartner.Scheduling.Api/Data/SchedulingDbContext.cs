using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Data;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<AppointmentSeries> AppointmentSeries => Set<AppointmentSeries>();

    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();

    public DbSet<ScheduledMatch> Matches => Set<ScheduledMatch>();

    public DbSet<PlanItem> PlanItems => Set<PlanItem>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<ContactRevision> ContactRevisions => Set<ContactRevision>();

    public DbSet<FollowUpSettings> FollowUpSettings => Set<FollowUpSettings>();

    public DbSet<Reminder> Reminders => Set<Reminder>();

    // Scheduling holds families' appointments and contact notes: their reads go on the chained audit log.
    protected override bool KeepsAuditLog => true;

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(SchedulingDbContext).Assembly);
}
