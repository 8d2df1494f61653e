using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Data.Configurations;

internal sealed class ContactRecordConfiguration : IEntityTypeConfiguration<ContactRecord>
{
    public void Configure(EntityTypeBuilder<ContactRecord> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.ContactId);
        builder.Property(c => c.Kind).HasMaxLength(50);
        builder.Property(c => c.Miles).HasPrecision(10, 2);
    }
}
