namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>A year's national totals: every catalogue figure summed over the programs whose report was accepted.</summary>
public sealed record NationalTotals(int Year, int ProgramsReporting, int StatesReporting, IReadOnlyList<FigureCell> Figures);
