using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class MatchConfiguration : IEntityTypeConfiguration<Match>
{
    public void Configure(EntityTypeBuilder<Match> builder)
    {
        builder.ToTable("matches");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.EndReason).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => m.ReferralId);
        builder.HasIndex(m => m.SupportParentId);
    }
}
