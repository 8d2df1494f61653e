using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class PairExclusionConfiguration : IEntityTypeConfiguration<PairExclusion>
{
    public void Configure(EntityTypeBuilder<PairExclusion> builder)
    {
        builder.ToTable("pair_exclusions");
        builder.HasKey(e => new { e.ReferralId, e.SupportParentId });
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
    }
}
