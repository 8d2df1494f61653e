using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Data.Configurations;

internal sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    /// <summary>One item of each kind (and month) per match: the sweep's monthly-hours insert relies on it to add each month once.</summary>
    public const string OneItemIndex = "ix_plan_items_match_id_kind_sequence";

    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.ToTable("plan_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CompletedBy).HasMaxLength(100);
        builder.Ignore(i => i.IsCounted);
        builder.HasIndex(i => new { i.MatchId, i.Kind, i.Sequence }).IsUnique().HasDatabaseName(OneItemIndex);
        // The sweep's and the worklist's reads: open items by due time.
        builder.HasIndex(i => new { i.DueAt, i.Id }).HasFilter("status = 'Open' AND overdue_at IS NULL").HasDatabaseName("ix_plan_items_due_unflagged");
        builder.HasIndex(i => new { i.ProgramId, i.DueAt, i.Id }).HasFilter("status = 'Open'").HasDatabaseName("ix_plan_items_program_open_due");
    }
}
