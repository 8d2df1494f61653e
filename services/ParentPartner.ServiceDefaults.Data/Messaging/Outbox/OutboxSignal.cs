namespace ParentPartner.ServiceDefaults.Messaging.Outbox;

/// <summary>Wakes this instance's dispatcher as soon as a local save wrote outbox rows, instead of waiting for the next poll.</summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        if (_semaphore.CurrentCount == 0)
        {
            try
            {
                _semaphore.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by a concurrent save: one wake-up is enough.
            }
        }
    }

    /// <summary>True when woken by a save, false when the poll interval ran out.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _semaphore.WaitAsync(timeout, cancellationToken);
}
