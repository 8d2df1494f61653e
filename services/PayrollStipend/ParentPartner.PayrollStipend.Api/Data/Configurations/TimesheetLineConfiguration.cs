using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class TimesheetLineConfiguration : IEntityTypeConfiguration<TimesheetLine>
{
    public void Configure(EntityTypeBuilder<TimesheetLine> builder)
    {
        builder.ToTable("timesheet_lines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Code).HasConversion<string>().HasMaxLength(30);
        builder.Property(l => l.SourceType).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.Quantity).HasPrecision(12, 4);
        builder.Property(l => l.Rate).HasPrecision(10, 4);
        builder.Property(l => l.Amount).HasPrecision(12, 2);
        builder.Property(l => l.Reason).HasMaxLength(500);
        builder.Property(l => l.CreatedBy).HasMaxLength(100);
        builder.HasOne<Timesheet>().WithMany().HasForeignKey(l => l.TimesheetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.TimesheetId, l.OccurredOn });
        builder.HasIndex(l => new { l.SupportParentId, l.SourceType, l.SourceId });
    }
}
