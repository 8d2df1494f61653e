using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class PayrollExportConfiguration : IEntityTypeConfiguration<PayrollExport>
{
    public void Configure(EntityTypeBuilder<PayrollExport> builder)
    {
        builder.ToTable("exports");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.ContentType).HasMaxLength(50);
        builder.Property(e => e.Total).HasPrecision(14, 2);
        builder.Property(e => e.CreatedBy).HasMaxLength(100);
        builder.HasOne<PayPeriod>().WithMany().HasForeignKey(e => e.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.PeriodId, e.Kind, e.Batch }).IsUnique();
    }
}
