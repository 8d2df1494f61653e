using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParentPartner.Bench.Scheduling;

/// <summary>Round trips of one DbContext (the sweep's) and their database time, by what the SQL does.</summary>
internal sealed record CommandTally(string Step, int Commands, double Milliseconds);

/// <summary>
/// Listens to EF Core's diagnostic events (CommandExecuted) for one DbContext instance while switched on, so a sweep's
/// time can be split by step without touching the service: the outbox poller's and other requests' commands belong to
/// other contexts and are not counted. Off, EF is told nobody listens, so the HTTP measurements pay nothing.
/// </summary>
internal sealed class CommandLog : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly List<IDisposable> _subscriptions = [];
    private readonly Dictionary<string, (int Commands, double Milliseconds)> _tally = new(StringComparer.Ordinal);
    private volatile DbContext? _context;

    public CommandLog() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

    public void Start(DbContext context)
    {
        lock (_tally) _tally.Clear();
        _context = context;
    }

    public IReadOnlyList<CommandTally> Stop()
    {
        _context = null;
        lock (_tally)
        {
            return [.. _tally.Select(t => new CommandTally(t.Key, t.Value.Commands, t.Value.Milliseconds)).OrderByDescending(t => t.Milliseconds)];
        }
    }

    void IObserver<DiagnosticListener>.OnNext(DiagnosticListener listener)
    {
        if (listener.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(listener.Subscribe(this, name => _context is not null && name == RelationalEventId.CommandExecuted.Name));
            }
        }
    }

    void IObserver<KeyValuePair<string, object?>>.OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Value is not CommandExecutedEventData data || data.Context is null || !ReferenceEquals(data.Context, _context)) return;
        var step = Step(data.Command.CommandText);
        lock (_tally)
        {
            var (commands, milliseconds) = _tally.GetValueOrDefault(step);
            _tally[step] = (commands + 1, milliseconds + data.Duration.TotalMilliseconds);
        }
    }

    private static string Step(string sql)
    {
        bool Has(string part) => sql.Contains(part, StringComparison.OrdinalIgnoreCase);
        if (Has("ON CONFLICT (match_id, kind, sequence)")) return "open monthly-hours items (one INSERT … ON CONFLICT per match and month)";
        if (Has("SET overdue_at")) return "flag overdue items (UPDATE … SKIP LOCKED … RETURNING)";
        if (Has("ON CONFLICT (kind, target_id)")) return "enqueue appointment reminders (one INSERT each)";
        if (Has("SET claimed_until")) return "claim reminders for delivery";
        if (Has("INSERT INTO")) return "save overdue events and reminders (SaveChanges)";
        if (Has("appointments")) return "appointments (need an outcome; due for a reminder)";
        if (Has("follow_up_settings") || Has("matches")) return "read matches and settings";
        if (Has("reminders")) return "record reminders sent";
        return "other";
    }

    void IObserver<DiagnosticListener>.OnCompleted()
    {
    }

    void IObserver<DiagnosticListener>.OnError(Exception error)
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnCompleted()
    {
    }

    void IObserver<KeyValuePair<string, object?>>.OnError(Exception error)
    {
    }

    public void Dispose()
    {
        lock (_subscriptions)
        {
            foreach (var subscription in _subscriptions) subscription.Dispose();
        }
    }
}
