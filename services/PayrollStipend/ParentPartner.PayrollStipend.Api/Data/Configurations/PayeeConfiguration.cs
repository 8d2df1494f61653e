using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class PayeeConfiguration : IEntityTypeConfiguration<Payee>
{
    public void Configure(EntityTypeBuilder<Payee> builder)
    {
        builder.ToTable("payees");
        builder.HasKey(p => p.SupportParentId);
        builder.Property(p => p.UserSubject).HasMaxLength(100);
        builder.Property(p => p.EmploymentType).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.LegalName).HasMaxLength(200);
        builder.Property(p => p.BenefitKind).HasMaxLength(50);
        builder.Property(p => p.BenefitMonthlyLevel).HasPrecision(12, 2);
        builder.HasIndex(p => new { p.ProgramId, p.UserSubject });
    }
}
