using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class FamilyContactConfiguration : IEntityTypeConfiguration<FamilyContact>
{
    public void Configure(EntityTypeBuilder<FamilyContact> builder)
    {
        builder.ToTable("family_contacts");
        builder.HasKey(c => c.ReferralId);
        builder.Property(c => c.ReferralId).ValueGeneratedNever();
        builder.Property(c => c.ConsentScope).HasMaxLength(200);
        builder.Property(c => c.FirstName).HasMaxLength(100);
        builder.Property(c => c.Phone).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(320);
        builder.Property(c => c.PreferredContact).HasMaxLength(20);
    }
}
