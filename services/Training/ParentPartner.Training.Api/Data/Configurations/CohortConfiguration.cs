using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Data.Configurations;

internal sealed class CohortConfiguration : IEntityTypeConfiguration<Cohort>
{
    public void Configure(EntityTypeBuilder<Cohort> builder)
    {
        builder.ToTable("cohorts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Trainer).HasMaxLength(200);
        builder.Property(c => c.Location).HasMaxLength(200);
        builder.Property(c => c.CreatedBy).HasMaxLength(100);
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.ProgramId, c.StartsAt, c.Id });
        builder.Ignore(c => c.IsBelowMinimum);
    }
}
