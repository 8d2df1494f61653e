namespace ParentPartner.AllianceHub.Api.Features.National;

public sealed record TrendYear(int Year, int ProgramsReporting, int StatesReporting, IReadOnlyList<TrendCell> Figures);
