namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>A year's national totals: every catalogue figure summed over the programs whose report was accepted.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="ProgramsReporting">Programs with an accepted report for the year.</param>
/// <param name="StatesReporting">States with at least one.</param>
/// <param name="Figures">Every catalogue figure, summed.</param>
public sealed record NationalTotals(int Year, int ProgramsReporting, int StatesReporting, IReadOnlyList<FigureCell> Figures);
