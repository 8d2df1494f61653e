using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Data;

public sealed class ReportingDbContext(DbContextOptions<ReportingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<ReferralCount> ReferralCounts => Set<ReferralCount>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReferralCount>(count =>
        {
            count.HasKey(c => new { c.ProgramId, c.Source });
            count.Property(c => c.ProgramId).HasMaxLength(64);
            count.Property(c => c.Source).HasMaxLength(40);
        });
    }
}
