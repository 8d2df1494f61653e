using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class ContactRevisionConfiguration : IEntityTypeConfiguration<ContactRevision>
{
    public void Configure(EntityTypeBuilder<ContactRevision> builder)
    {
        builder.ToTable("contact_revisions");
        builder.HasKey(r => new { r.ContactId, r.Revision });
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Miles).HasPrecision(7, 1);
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.ChangedBy).HasMaxLength(100);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Cascade);
    }
}
