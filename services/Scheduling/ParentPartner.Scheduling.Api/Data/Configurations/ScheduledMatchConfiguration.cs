using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class ScheduledMatchConfiguration : IEntityTypeConfiguration<ScheduledMatch>
{
    public void Configure(EntityTypeBuilder<ScheduledMatch> builder)
    {
        builder.ToTable("matches");
        builder.HasKey(m => m.MatchId);
        builder.Property(m => m.MatchId).ValueGeneratedNever();
        builder.Property(m => m.SupportParentSubject).HasMaxLength(100);
        builder.Property(m => m.ProgramKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.EndReason).HasMaxLength(30);
        builder.Ignore(m => m.IsActive);
        builder.HasIndex(m => m.ReferralId);
        builder.HasIndex(m => new { m.ProgramId, m.SupportParentId });
        builder.HasIndex(m => m.SupportParentSubject);
    }
}
