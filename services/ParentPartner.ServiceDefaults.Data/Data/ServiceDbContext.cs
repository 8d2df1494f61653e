using System.Diagnostics;
using System.Linq.Expressions;
using System.Text.Json;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Audit;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Idempotency;
using ParentPartner.ServiceDefaults.Messaging.Inbox;
using ParentPartner.ServiceDefaults.Messaging.Outbox;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Data;

/// <summary>
/// Base of every service's DbContext: the outbox and inbox tables, and a query filter that limits
/// every <see cref="IProgramOwned"/> entity to the caller's programs (defence in depth behind the
/// endpoint checks). A service that holds personal data opts into the hash-chained audit log
/// (<see cref="KeepsAuditLog"/>); its entries are linked onto the chain here, as they are saved.
/// </summary>
public abstract class ServiceDbContext(DbContextOptions options, IProgramAccess programAccess) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxRecord> InboxRecords => Set<InboxRecord>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>The service's audit log (only in a context that sets <see cref="KeepsAuditLog"/>).</summary>
    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    /// <summary>True in a service that holds personal data: its model gets the audit log (ADR 0009).</summary>
    protected virtual bool KeepsAuditLog => false;

    // Read by the query filter on every query (EF parameterises context members), so the filter follows the caller.
    protected bool SeesAllPrograms => programAccess.IsSystem;

    protected string[] VisibleProgramIds => [.. programAccess.ProgramIds];

    /// <summary>
    /// Publishes an event through the outbox: the row is written by the next SaveChanges, in the same
    /// transaction as the business change, and the dispatcher sends it to the broker afterwards.
    /// </summary>
    public void Publish<TMessage>(TMessage message) where TMessage : class
    {
        var now = DateTimeOffset.UtcNow;
        OutboxMessages.Add(new OutboxMessage
        {
            Id = NewId.NextGuid(),
            MessageType = typeof(TMessage).FullName!,
            Body = JsonSerializer.Serialize(message, OutboxMessage.SerializerOptions),
            TraceParent = Activity.Current?.Id,
            CreatedAt = now,
            NextAttemptAt = now,
        });
    }

    /// <summary>
    /// Every instant is stored in UTC: PostgreSQL's timestamptz through Npgsql takes only offset 0, and a request may
    /// well say 2026-03-02T09:00:00-06:00 (it was a 500). The instant is the same; only the offset is normalised.
    /// </summary>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstant>();
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var pending = AuditChain.Pending(this);
        if (pending.Count == 0)
        {
            return base.SaveChanges(acceptAllChangesOnSuccess);
        }
        using var owned = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        AuditChain.Seal(this, pending);
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        owned?.Commit();
        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var pending = AuditChain.Pending(this);
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        // The chain's lock and its last hash must be read in the transaction that inserts the entries.
        await using var owned = await this.BeginOwnTransactionAsync(cancellationToken);
        await AuditChain.SealAsync(this, pending, cancellationToken);
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        await owned.CommitAsync(cancellationToken);
        return saved;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfiguration(new OutboxMessageConfiguration());
        modelBuilder.ApplyConfiguration(new InboxRecordConfiguration());
        modelBuilder.ApplyConfiguration(new IdempotencyRecordConfiguration());
        if (KeepsAuditLog)
        {
            modelBuilder.ApplyConfiguration(new AuditEntryConfiguration());
        }
        else
        {
            // The AuditLog property alone would put the table into every service's model.
            modelBuilder.Ignore<AuditEntry>();
        }
        ConfigureModel(modelBuilder);
        ApplyProgramFilters(modelBuilder);
    }

    /// <summary>The service's own entities.</summary>
    protected abstract void ConfigureModel(ModelBuilder modelBuilder);

    private void ApplyProgramFilters(ModelBuilder modelBuilder)
    {
        var contains = typeof(Enumerable).GetMethods()
            .Single(m => m.Name == nameof(Enumerable.Contains) && m.GetParameters().Length == 2)
            .MakeGenericMethod(typeof(string));
        var context = Expression.Constant(this);

        foreach (var entity in modelBuilder.Model.GetEntityTypes()
                     .Where(e => typeof(IProgramOwned).IsAssignableFrom(e.ClrType) && e.BaseType is null))
        {
            // e => SeesAllPrograms || VisibleProgramIds.Contains(e.ProgramId)
            var row = Expression.Parameter(entity.ClrType, "e");
            var body = Expression.OrElse(
                Expression.Property(context, nameof(SeesAllPrograms)),
                Expression.Call(contains,
                    Expression.Property(context, nameof(VisibleProgramIds)),
                    Expression.Property(row, nameof(IProgramOwned.ProgramId))));
            modelBuilder.Entity(entity.ClrType).HasQueryFilter(Expression.Lambda(body, row));
            // The program-id rule, by convention: every program-owned table holds ids of the same shape.
            modelBuilder.Entity(entity.ClrType).Property(nameof(IProgramOwned.ProgramId)).HasMaxLength(ProgramIdRule.MaxLength);
        }
    }
}

/// <summary>Writes an instant at offset 0, reads it as stored.</summary>
public sealed class UtcInstant() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(), value => value);
