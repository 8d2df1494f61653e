namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

/// <summary>Of the matches that ended in the period: how many reunified, and re-entry within 12 months where it was recorded.</summary>
public sealed record MatchOutcomes(int Reunified, int ReEntryWithin12Months, int ReEntryRecorded);
