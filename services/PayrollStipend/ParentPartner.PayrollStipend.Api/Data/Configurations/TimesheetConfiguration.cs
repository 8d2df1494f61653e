using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class TimesheetConfiguration : IEntityTypeConfiguration<Timesheet>
{
    public void Configure(EntityTypeBuilder<Timesheet> builder)
    {
        builder.ToTable("timesheets");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Total).HasPrecision(14, 2);
        builder.Property(t => t.SubmittedBy).HasMaxLength(100);
        builder.Property(t => t.DecidedBy).HasMaxLength(100);
        builder.Property(t => t.ReturnComment).HasMaxLength(1000);
        builder.HasOne<PayPeriod>().WithMany().HasForeignKey(t => t.PeriodId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payee>().WithMany().HasForeignKey(t => t.SupportParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.PeriodId, t.SupportParentId }).IsUnique();
        builder.HasIndex(t => new { t.ProgramId, t.Status, t.CreatedAt, t.Id });
        builder.HasIndex(t => new { t.SupportParentId, t.CreatedAt, t.Id });
    }
}
