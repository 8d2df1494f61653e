using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.ToTable("contacts");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.Mode).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Miles).HasPrecision(7, 1);
        builder.Property(c => c.Notes).HasMaxLength(2000);
        builder.Property(c => c.EnteredBy).HasMaxLength(20);
        builder.Property(c => c.RecordedBy).HasMaxLength(100);
        builder.Property(c => c.SupportParentSubject).HasMaxLength(100);
        builder.HasIndex(c => new { c.MatchId, c.StartedAt });
        builder.HasIndex(c => new { c.ProgramId, c.OccurredOn, c.Id });
        builder.HasIndex(c => new { c.ProgramId, c.SupportParentId, c.OccurredOn });
    }
}
