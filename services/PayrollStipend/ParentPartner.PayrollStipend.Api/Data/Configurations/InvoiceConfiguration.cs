using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class InvoiceConfiguration : IEntityTypeConfiguration<Invoice>
{
    public void Configure(EntityTypeBuilder<Invoice> builder)
    {
        builder.ToTable("invoices");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Total).HasPrecision(14, 2);
        builder.Ignore(i => i.DisplayNumber);
        builder.HasOne<Timesheet>().WithMany().HasForeignKey(i => i.TimesheetId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => i.TimesheetId).IsUnique();
        builder.HasIndex(i => new { i.ProgramId, i.Number }).IsUnique();
        builder.HasIndex(i => new { i.SupportParentId, i.IssuedAt });
    }
}
