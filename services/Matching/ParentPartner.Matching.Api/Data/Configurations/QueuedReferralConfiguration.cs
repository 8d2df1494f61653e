using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class QueuedReferralConfiguration : IEntityTypeConfiguration<QueuedReferral>
{
    public void Configure(EntityTypeBuilder<QueuedReferral> builder)
    {
        builder.ToTable("queued_referrals");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.County).HasMaxLength(100);
        builder.Property(r => r.CaseStage).HasMaxLength(40);
        builder.Property(r => r.CulturalBackground).HasMaxLength(200);
        builder.HasIndex(r => new { r.ProgramId, r.Status, r.ReadyAt });
    }
}
