using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParentPartner.ServiceDefaults.Messaging.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.MessageType).HasMaxLength(300);
        builder.Property(m => m.Body).HasColumnType("jsonb");
        builder.Property(m => m.TraceParent).HasMaxLength(100);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        // The dispatcher's hot query: pending rows in order.
        builder.HasIndex(m => new { m.NextAttemptAt, m.CreatedAt }).HasFilter("sent_at IS NULL");
        builder.HasIndex(m => m.SentAt).HasFilter("sent_at IS NOT NULL");
    }
}
