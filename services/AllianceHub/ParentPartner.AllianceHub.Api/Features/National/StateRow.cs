namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>One state's line of the per-state table: its programs' accepted figures summed.</summary>
public sealed record StateRow(string StateCode, int ProgramsReporting, IReadOnlyList<FigureCell> Figures);
