using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Matching.Api.Domain;

namespace ParentPartner.Matching.Api.Data.Configurations;

internal sealed class OfferConfiguration : IEntityTypeConfiguration<Offer>
{
    /// <summary>The database name of the one-pending-offer index (what a unique violation reports).</summary>
    public const string OnePendingPerReferralIndex = "ix_offers_referral_id";

    public void Configure(EntityTypeBuilder<Offer> builder)
    {
        builder.ToTable("offers");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.OfferedBy).HasMaxLength(100);
        builder.Property(o => o.DeclineReason).HasMaxLength(40);
        builder.Property(o => o.AnsweredBy).HasMaxLength(100);
        builder.Property(o => o.AnswerChannel).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.WithdrawReason).HasMaxLength(40);
        builder.HasIndex(o => new { o.Status, o.ExpiresAt });
        // At most one open offer per referral, whatever the race.
        builder.HasIndex(o => o.ReferralId, "ux_offers_one_pending_per_referral").HasFilter("status = 'Pending'").IsUnique()
            .HasDatabaseName(OnePendingPerReferralIndex);
    }
}
