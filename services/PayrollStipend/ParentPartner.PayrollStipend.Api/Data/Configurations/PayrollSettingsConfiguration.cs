using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class PayrollSettingsConfiguration : IEntityTypeConfiguration<PayrollSettings>
{
    public void Configure(EntityTypeBuilder<PayrollSettings> builder)
    {
        builder.ToTable("payroll_settings");
        builder.HasKey(s => s.ProgramId);
        builder.Property(s => s.TimeZone).HasMaxLength(64);
        builder.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.UnitRounding).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.BillingCode).HasMaxLength(20);
        builder.Property(s => s.UpdatedBy).HasMaxLength(100);
        builder.Ignore(s => s.Calendar);
    }
}
