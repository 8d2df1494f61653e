using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Data.Configurations;

internal sealed class SupportParentConfiguration : IEntityTypeConfiguration<SupportParent>
{
    public const string UniqueAccountIndex = "ix_support_parents_program_id_user_subject";

    public void Configure(EntityTypeBuilder<SupportParent> builder)
    {
        builder.ToTable("support_parents");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.UserSubject).HasMaxLength(100);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.FirstName).HasMaxLength(100);
        builder.Property(p => p.LastName).HasMaxLength(100);
        builder.Property(p => p.Email).HasMaxLength(254);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.County).HasMaxLength(100);
        builder.Property(p => p.EmploymentType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.CulturalBackground).HasMaxLength(100);
        builder.Property(p => p.EligibilityReason).HasMaxLength(500);
        builder.Property(p => p.CreatedBy).HasMaxLength(100);
        builder.Property(p => p.WithdrawalReason).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => new { p.ProgramId, p.UserSubject }).IsUnique().HasFilter("user_subject IS NOT NULL").HasDatabaseName(UniqueAccountIndex);
        builder.HasIndex(p => new { p.ProgramId, p.AppliedAt, p.Id });
        builder.HasIndex(p => new { p.ProgramId, p.Status });
        builder.Ignore(p => p.IsKnownToMatching);
    }
}
