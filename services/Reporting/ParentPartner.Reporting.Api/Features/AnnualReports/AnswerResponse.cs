namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>The hub's answer: accepted, or returned with the analyst's comment (or the failed checks).</summary>
/// <param name="Decision">accepted or returned.</param>
/// <param name="Comment">The analyst's comment; null when none.</param>
/// <param name="AnsweredAt">When the hub answered (UTC).</param>
public sealed record AnswerResponse(string Decision, string? Comment, DateTimeOffset AnsweredAt);
