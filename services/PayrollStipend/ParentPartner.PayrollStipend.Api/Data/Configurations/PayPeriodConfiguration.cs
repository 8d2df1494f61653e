using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class PayPeriodConfiguration : IEntityTypeConfiguration<PayPeriod>
{
    public void Configure(EntityTypeBuilder<PayPeriod> builder)
    {
        builder.ToTable("pay_periods");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Frequency).HasConversion<string>().HasMaxLength(20);
        // One period per program and start date: concurrent consumers creating it meet on this key.
        builder.HasIndex(p => new { p.ProgramId, p.StartsOn }).IsUnique();
    }
}
