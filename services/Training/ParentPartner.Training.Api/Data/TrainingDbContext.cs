using Microsoft.EntityFrameworkCore;
using NodaTime;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.Training.Api.Data.Configurations;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Data;

public sealed class TrainingDbContext(DbContextOptions<TrainingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<TrainingSettings> Settings => Set<TrainingSettings>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<SupportParent> SupportParents => Set<SupportParent>();

    public DbSet<Cohort> Cohorts => Set<Cohort>();

    public DbSet<Enrolment> Enrolments => Set<Enrolment>();

    // Training holds support parents' applications and histories: staff reads and changes go on the chained audit log.
    protected override bool KeepsAuditLog => true;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Domain dates are NodaTime LocalDate; PostgreSQL stores them as date.
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new TrainingSettingsConfiguration());
        modelBuilder.ApplyConfiguration(new CourseConfiguration());
        modelBuilder.ApplyConfiguration(new SupportParentConfiguration());
        modelBuilder.ApplyConfiguration(new CohortConfiguration());
        modelBuilder.ApplyConfiguration(new EnrolmentConfiguration());
    }
}
