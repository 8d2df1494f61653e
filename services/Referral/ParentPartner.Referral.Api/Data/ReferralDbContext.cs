using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Data;

public sealed class ReferralDbContext(DbContextOptions<ReferralDbContext> options, IProgramAccess programAccess)
    : ServiceDbContext(options, programAccess)
{
    public DbSet<Domain.Referral> Referrals => Set<Domain.Referral>();

    protected override void ConfigureModel(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Domain.Referral>(referral =>
        {
            referral.HasKey(r => r.Id);
            referral.Property(r => r.ProgramId).HasMaxLength(64);
            referral.Property(r => r.Source).HasConversion<string>().HasMaxLength(40);
            referral.Property(r => r.Status).HasConversion<string>().HasMaxLength(40);
            referral.Property(r => r.ReferrerOrganisation).HasMaxLength(200);
            referral.Property(r => r.ReferrerContact).HasMaxLength(200);
            referral.Property(r => r.CreatedBy).HasMaxLength(100);
            referral.HasIndex(r => new { r.ProgramId, r.Status, r.ReceivedAt });
            referral.OwnsOne(r => r.Parent, parent =>
            {
                parent.Property(p => p.FirstName).HasMaxLength(100);
                parent.Property(p => p.LastName).HasMaxLength(100);
                parent.Property(p => p.Email).HasMaxLength(254);
                parent.Property(p => p.Phone).HasMaxLength(40);
                parent.Property(p => p.County).HasMaxLength(100);
            });
            referral.OwnsOne(r => r.Consent, consent => consent.Property(c => c.Scope).HasMaxLength(200));
        });
    }
}
