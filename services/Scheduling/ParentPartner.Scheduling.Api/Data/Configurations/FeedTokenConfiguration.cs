using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class FeedTokenConfiguration : IEntityTypeConfiguration<FeedToken>
{
    public const string UniqueHashIndex = "ix_feed_tokens_secret_hash";

    public void Configure(EntityTypeBuilder<FeedToken> builder)
    {
        builder.ToTable("feed_tokens");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.ProgramId).HasMaxLength(64);
        builder.Property(t => t.OwnerSubject).HasMaxLength(100);
        builder.Property(t => t.SecretHash).HasMaxLength(32);
        builder.HasIndex(t => t.SecretHash).IsUnique().HasDatabaseName(UniqueHashIndex);
        builder.HasIndex(t => new { t.ProgramId, t.OwnerSubject });
    }
}
