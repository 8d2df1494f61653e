using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ParentPartner.ServiceDefaults.Audit;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "audit_log";

    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.HasIndex(e => e.Sequence).IsUnique();
        builder.Property(e => e.Actor).HasMaxLength(100);
        builder.Property(e => e.ClientId).HasMaxLength(100);
        builder.Property(e => e.Action).HasMaxLength(40);
        builder.Property(e => e.RecordType).HasMaxLength(40);
        builder.Property(e => e.RecordId).HasMaxLength(100);
        builder.Property(e => e.Purpose).HasMaxLength(60);
        builder.Property(e => e.Consent).HasMaxLength(200);
        builder.Property(e => e.CorrelationId).HasMaxLength(100);
        builder.Property(e => e.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(e => e.Hash).HasMaxLength(64).IsFixedLength();
        // A family's trail: one record's entries in a program, in order.
        builder.HasIndex(e => new { e.ProgramId, e.RecordId, e.At, e.Id });
        builder.HasIndex(e => new { e.ProgramId, e.At, e.Id });
    }
}
