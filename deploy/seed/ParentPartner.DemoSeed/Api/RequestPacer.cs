using System.Diagnostics;

namespace ParentPartner.DemoSeed.Api;

/// <summary>
/// Spaces one caller's requests evenly so they stay under the gateway's per-caller token bucket
/// (50 a second by default) instead of collecting 429s and backing off. Zero or less: no pacing.
/// </summary>
public sealed class RequestPacer(double requestsPerSecond)
{
    private readonly TimeSpan _interval = requestsPerSecond > 0 ? TimeSpan.FromSeconds(1 / requestsPerSecond) : TimeSpan.Zero;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Lock _gate = new();
    private TimeSpan _nextSlot;

    public Task WaitAsync()
    {
        if (_interval == TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }
        TimeSpan delay;
        lock (_gate)
        {
            var now = _clock.Elapsed;
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + _interval;
            delay = slot - now;
        }
        return delay > TimeSpan.Zero ? Task.Delay(delay) : Task.CompletedTask;
    }
}
