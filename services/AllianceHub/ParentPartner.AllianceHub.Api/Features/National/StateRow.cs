namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>One state's line of the per-state table: its programs' accepted figures summed.</summary>
/// <param name="StateCode">Two-letter USPS state code.</param>
/// <param name="ProgramsReporting">The state's programs with an accepted report.</param>
/// <param name="Figures">Every catalogue figure, summed over them.</param>
public sealed record StateRow(string StateCode, int ProgramsReporting, IReadOnlyList<FigureCell> Figures);
