using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class PoolMemberConfiguration : IEntityTypeConfiguration<PoolMember>
{
    public void Configure(EntityTypeBuilder<PoolMember> builder)
    {
        builder.ToTable("pool_members");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.UserSubject).HasMaxLength(100);
        builder.Property(m => m.County).HasMaxLength(100);
        builder.Property(m => m.CulturalBackground).HasMaxLength(200);
        builder.Ignore(m => m.InPool);
        builder.HasIndex(m => m.ProgramId);
        builder.HasIndex(m => m.UserSubject);
        builder.ToTable(t => t.HasCheckConstraint("ck_pool_members_active_within_caseload", "active_matches >= 0 AND active_matches <= max_caseload"));
    }
}
