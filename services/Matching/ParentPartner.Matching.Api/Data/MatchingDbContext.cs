using Microsoft.EntityFrameworkCore;
using ParentPartner.Matching.Api.Data.Configurations;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Data;

public sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<PoolMember> Pool => Set<PoolMember>();

    public DbSet<QueuedReferral> Queue => Set<QueuedReferral>();

    public DbSet<Offer> Offers => Set<Offer>();

    public DbSet<Match> Matches => Set<Match>();

    public DbSet<PairExclusion> Exclusions => Set<PairExclusion>();

    public DbSet<ProgramSettings> Settings => Set<ProgramSettings>();

    public DbSet<FamilyContact> Contacts => Set<FamilyContact>();

    // Matching shows families' contacts: its reads and answers go on the shared chained audit log.
    protected override bool KeepsAuditLog => true;

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new PoolMemberConfiguration());
        modelBuilder.ApplyConfiguration(new QueuedReferralConfiguration());
        modelBuilder.ApplyConfiguration(new OfferConfiguration());
        modelBuilder.ApplyConfiguration(new MatchConfiguration());
        modelBuilder.ApplyConfiguration(new PairExclusionConfiguration());
        modelBuilder.ApplyConfiguration(new ProgramSettingsConfiguration());
        modelBuilder.ApplyConfiguration(new FamilyContactConfiguration());
    }
}
