namespace ParentPartner.Reporting.Api.EventLog;

/// <summary>What a rebuild replayed (ProgramId null: every program).</summary>
public sealed record RebuildResult(string? ProgramId, int EventsReplayed, int EventsSkipped);
