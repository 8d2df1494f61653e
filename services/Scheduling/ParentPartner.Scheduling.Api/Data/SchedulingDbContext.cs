using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data.Configurations;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Data;

public sealed class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<Appointment> Appointments => Set<Appointment>();

    public DbSet<FeedToken> FeedTokens => Set<FeedToken>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new AppointmentConfiguration());
        modelBuilder.ApplyConfiguration(new FeedTokenConfiguration());
    }
}
