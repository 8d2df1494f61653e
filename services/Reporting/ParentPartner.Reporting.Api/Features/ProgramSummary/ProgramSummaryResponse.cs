namespace ParentPartner.Reporting.Api.Features.ProgramSummary;

/// <summary>A program's headline figures.</summary>
public sealed record ProgramSummaryResponse(string ProgramId, int ReferralsReceived, IReadOnlyDictionary<string, int> ReferralsBySource);
