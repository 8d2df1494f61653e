using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(r => r.RecipientSubject).HasMaxLength(100);
        builder.Property(r => r.Text).HasMaxLength(300);
        builder.Property(r => r.Channel).HasMaxLength(10);
        // One reminder per kind and target: the enqueue's ON CONFLICT relies on it.
        builder.HasIndex(r => new { r.Kind, r.TargetId }).IsUnique();
        builder.HasIndex(r => r.CreatedAt).HasFilter("sent_at IS NULL").HasDatabaseName("ix_reminders_unsent");
        builder.HasIndex(r => new { r.RecipientSubject, r.CreatedAt });
    }
}
