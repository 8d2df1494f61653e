namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>One year of the national trend.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="ProgramsReporting">Programs with an accepted report that year.</param>
/// <param name="StatesReporting">States with at least one.</param>
/// <param name="Figures">Every catalogue figure that year.</param>
public sealed record TrendYear(int Year, int ProgramsReporting, int StatesReporting, IReadOnlyList<TrendCell> Figures);
