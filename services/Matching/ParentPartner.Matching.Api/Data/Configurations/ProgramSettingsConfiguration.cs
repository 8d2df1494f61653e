using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class ProgramSettingsConfiguration : IEntityTypeConfiguration<ProgramSettings>
{
    public void Configure(EntityTypeBuilder<ProgramSettings> builder)
    {
        builder.ToTable("program_settings");
        // Programs that saved settings before the term existed get the default; the sentinel lets a saved 0 through.
        builder.Property(s => s.QualitiesWeight).HasDefaultValue(ProgramSettings.DefaultQualitiesWeight).HasSentinel(-1);
        builder.HasKey(s => s.ProgramId);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
    }
}
