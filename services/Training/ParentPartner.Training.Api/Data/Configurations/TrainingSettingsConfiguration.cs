using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Data.Configurations;

internal sealed class TrainingSettingsConfiguration : IEntityTypeConfiguration<TrainingSettings>
{
    public const string Table = "training_settings";

    public void Configure(EntityTypeBuilder<TrainingSettings> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(s => s.ProgramId);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
        builder.Ignore(s => s.Calendar);
    }
}
