using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ParentPartner.ServiceDefaults.Data;

/// <summary>
/// A transaction of the caller's own, or none when one is already open (the Idempotency-Key filter opens one
/// around the whole request): <see cref="CommitAsync"/> commits only what this caller began, so a handler reads
/// the same with or without the header.
/// </summary>
public readonly struct OwnTransaction(IDbContextTransaction? owned) : IAsyncDisposable
{
    public Task CommitAsync(CancellationToken cancellationToken) => owned?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public Task RollbackAsync(CancellationToken cancellationToken) => owned?.RollbackAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => owned?.DisposeAsync() ?? ValueTask.CompletedTask;
}

public static class OwnTransactionExtensions
{
    public static async Task<OwnTransaction> BeginOwnTransactionAsync(this DbContext db, CancellationToken cancellationToken) =>
        new(db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null);
}
