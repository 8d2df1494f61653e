using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Data.Configurations;

internal sealed class EnrolmentConfiguration : IEntityTypeConfiguration<Enrolment>
{
    public const string OneSeatPerPersonIndex = "ix_enrolments_cohort_id_support_parent_id";

    public void Configure(EntityTypeBuilder<Enrolment> builder)
    {
        builder.ToTable("enrolments");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Hours).HasPrecision(5, 2);
        builder.Property(e => e.RecordedBy).HasMaxLength(100);
        builder.HasOne<Cohort>().WithMany().HasForeignKey(e => e.CohortId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SupportParent>().WithMany().HasForeignKey(e => e.SupportParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Course>().WithMany().HasForeignKey(e => e.CourseId).OnDelete(DeleteBehavior.Restrict);
        // One live seat per person per cohort; a cancelled seat may be taken again.
        builder.HasIndex(e => new { e.CohortId, e.SupportParentId }).IsUnique().HasFilter("status <> 'Cancelled'").HasDatabaseName(OneSeatPerPersonIndex);
        builder.HasIndex(e => new { e.CohortId, e.EnrolledAt, e.Id });
        builder.HasIndex(e => new { e.SupportParentId, e.SessionStartsAt, e.Id });
    }
}
