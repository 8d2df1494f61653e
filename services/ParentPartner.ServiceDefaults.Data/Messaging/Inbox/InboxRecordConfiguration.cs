using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParentPartner.ServiceDefaults.Messaging.Inbox;

internal sealed class InboxRecordConfiguration : IEntityTypeConfiguration<InboxRecord>
{
    public void Configure(EntityTypeBuilder<InboxRecord> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(r => new { r.MessageId, r.Consumer });
        builder.Property(r => r.Consumer).HasMaxLength(200);
        builder.HasIndex(r => r.ProcessedAt);
    }
}
