using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
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

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PoolMember>(member =>
        {
            member.ToTable("pool_members");
            member.HasKey(m => m.Id);
            member.Property(m => m.Id).ValueGeneratedNever();
            member.Property(m => m.ProgramId).HasMaxLength(64);
            member.Property(m => m.UserSubject).HasMaxLength(100);
            member.Property(m => m.County).HasMaxLength(100);
            member.Property(m => m.CulturalBackground).HasMaxLength(200);
            member.Ignore(m => m.InPool);
            member.HasIndex(m => m.ProgramId);
            member.HasIndex(m => m.UserSubject);
            member.ToTable(t => t.HasCheckConstraint("ck_pool_members_active_within_caseload", "active_matches >= 0 AND active_matches <= max_caseload"));
        });

        modelBuilder.Entity<QueuedReferral>(referral =>
        {
            referral.ToTable("queued_referrals");
            referral.HasKey(r => r.Id);
            referral.Property(r => r.Id).ValueGeneratedNever();
            referral.Property(r => r.ProgramId).HasMaxLength(64);
            referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
            referral.Property(r => r.County).HasMaxLength(100);
            referral.Property(r => r.CaseStage).HasMaxLength(40);
            referral.Property(r => r.CulturalBackground).HasMaxLength(200);
            referral.HasIndex(r => new { r.ProgramId, r.Status, r.ReadyAt });
        });

        modelBuilder.Entity<Offer>(offer =>
        {
            offer.ToTable("offers");
            offer.HasKey(o => o.Id);
            offer.Property(o => o.ProgramId).HasMaxLength(64);
            offer.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            offer.Property(o => o.OfferedBy).HasMaxLength(100);
            offer.Property(o => o.DeclineReason).HasMaxLength(40);
            offer.HasIndex(o => new { o.Status, o.ExpiresAt });
            // At most one open offer per referral, whatever the race.
            offer.HasIndex(o => o.ReferralId, "ux_offers_one_pending_per_referral").HasFilter("status = 'Pending'").IsUnique();
        });

        modelBuilder.Entity<Match>(match =>
        {
            match.ToTable("matches");
            match.HasKey(m => m.Id);
            match.Property(m => m.ProgramId).HasMaxLength(64);
            match.Property(m => m.EndReason).HasConversion<string>().HasMaxLength(20);
            match.HasIndex(m => m.ReferralId);
            match.HasIndex(m => m.SupportParentId);
        });

        modelBuilder.Entity<PairExclusion>(exclusion =>
        {
            exclusion.ToTable("pair_exclusions");
            exclusion.HasKey(e => new { e.ReferralId, e.SupportParentId });
            exclusion.Property(e => e.ProgramId).HasMaxLength(64);
            exclusion.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        });

        modelBuilder.Entity<ProgramSettings>(settings =>
        {
            settings.ToTable("program_settings");
            settings.HasKey(s => s.ProgramId);
            settings.Property(s => s.ProgramId).HasMaxLength(64);
            settings.Property(s => s.UpdatedBy).HasMaxLength(100);
        });
    }
}
