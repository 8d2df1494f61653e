using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class ProgramSettingsConfiguration : IEntityTypeConfiguration<ProgramSettings>
{
    public void Configure(EntityTypeBuilder<ProgramSettings> builder)
    {
        builder.ToTable("program_settings");
        builder.HasKey(s => s.ProgramId);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}
