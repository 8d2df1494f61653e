namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>The hub's answer: accepted, or returned with the analyst's comment (or the failed checks).</summary>
public sealed record AnswerResponse(string Decision, string? Comment, DateTimeOffset AnsweredAt);
