using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class FollowUpSettingsConfiguration : IEntityTypeConfiguration<FollowUpSettings>
{
    public void Configure(EntityTypeBuilder<FollowUpSettings> builder)
    {
        builder.ToTable("follow_up_settings");
        builder.HasKey(s => s.ProgramId);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}
