using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Data.Configurations;

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Code).HasMaxLength(50);
        builder.Property(c => c.Title).HasMaxLength(200);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.ProgramId, c.Code }).IsUnique();
        builder.HasIndex(c => new { c.ProgramId, c.AddedAt, c.Id });
        builder.Ignore(c => c.IsRetired);
    }
}
