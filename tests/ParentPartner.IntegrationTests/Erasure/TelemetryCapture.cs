using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests.Erasure;

/// <summary>
/// What every in-process host emits while it is open, as text to search: each finished span (name, tags, events,
/// status), each metric measurement's instrument and labels, and each log line (through <see cref="CapturedLogs"/>).
/// The hosts run in this process, so listeners see exactly what an exporter would be handed.
/// </summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ActivityListener _spans;
    private readonly MeterListener _metrics;
    private readonly CapturedLogs.LogCapture _logs;
    private readonly ConcurrentQueue<string> _spanLines = new();
    // Distinct label sets only: measurements repeat by the thousand.
    private readonly ConcurrentDictionary<string, byte> _metricLines = new();

    public TelemetryCapture()
    {
        _spans = new ActivityListener
        {
            ShouldListenTo = _ => true,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = activity => _spanLines.Enqueue(Describe(activity)),
        };
        ActivitySource.AddActivityListener(_spans);

        _metrics = new MeterListener { InstrumentPublished = (instrument, listener) => listener.EnableMeasurementEvents(instrument) };
        _metrics.SetMeasurementEventCallback<long>((i, _, tags, _) => _metricLines.TryAdd(Describe(i, tags), 0));
        _metrics.SetMeasurementEventCallback<int>((i, _, tags, _) => _metricLines.TryAdd(Describe(i, tags), 0));
        _metrics.SetMeasurementEventCallback<double>((i, _, tags, _) => _metricLines.TryAdd(Describe(i, tags), 0));
        _metrics.SetMeasurementEventCallback<decimal>((i, _, tags, _) => _metricLines.TryAdd(Describe(i, tags), 0));
        _metrics.Start();

        _logs = CapturedLogs.Capture();
    }

    public IReadOnlyList<string> Spans => [.. _spanLines];

    public IReadOnlyList<string> MetricLabels => [.. _metricLines.Keys];

    public IReadOnlyList<string> Logs => _logs.Lines;

    public void Dispose()
    {
        _spans.Dispose();
        _metrics.Dispose();
        _logs.Dispose();
    }

    private static string Describe(Activity activity) => string.Join(" | ",
        [
            activity.Source.Name, activity.OperationName, activity.DisplayName, activity.StatusDescription ?? "",
            .. activity.TagObjects.Select(t => $"{t.Key}={t.Value}"),
            .. activity.Baggage.Select(b => $"{b.Key}={b.Value}"),
            .. activity.Events.SelectMany(e => (IEnumerable<string>)[e.Name, .. e.Tags.Select(t => $"{t.Key}={t.Value}")]),
        ]);

    private static string Describe(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        var labels = new List<string> { instrument.Meter.Name, instrument.Name };
        foreach (var tag in tags)
        {
            labels.Add($"{tag.Key}={tag.Value}");
        }
        return string.Join(" | ", labels);
    }
}
