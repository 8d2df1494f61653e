namespace ParentPartner.Reporting.Api.EventLog;

/// <summary>What a rebuild replayed (ProgramId null: every program).</summary>
/// <param name="ProgramId">The program rebuilt; null when every program was.</param>
/// <param name="EventsReplayed">Events replayed into the read models.</param>
/// <param name="EventsSkipped">Logged events that could not be read (an unknown type or version) and were skipped.</param>
public sealed record RebuildResult(string? ProgramId, int EventsReplayed, int EventsSkipped);
