using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Reporting.Api.Domain;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

/// <summary>Freezing a year's counts into a draft and reading drafts back.</summary>
public static class Drafts
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string SerializeCounts(AnnualCounts counts) => JsonSerializer.Serialize(counts with { Details = null }, Json);

    public static string SerializeDetails(AnnualDetails? details) => JsonSerializer.Serialize(details, Json);

    public static AnnualCounts Counts(AnnualReportDraftSnapshot draft) =>
        JsonSerializer.Deserialize<AnnualCounts>(draft.Counts, Json)! with { Details = JsonSerializer.Deserialize<AnnualDetails>(draft.Details, Json) };

    /// <summary>The program's latest draft of the year (the one an approval without a draft id approves), or null.</summary>
    public static Task<AnnualReportDraftSnapshot?> LatestAsync(ReportingDbContext db, string programId, int year, CancellationToken cancellationToken) =>
        db.AnnualReportDrafts.AsNoTracking()
            .Where(d => d.ProgramId == programId && d.Year == year)
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.DraftId)
            .FirstOrDefaultAsync(cancellationToken);

    public static DraftResponse Response(AnnualReportDraftSnapshot draft, IReadOnlyDictionary<string, SubmittedFigure>? previous)
    {
        var counts = Counts(draft);
        var built = AnnualReportDraft.Build(counts, previous);
        return new DraftResponse(
            draft.DraftId, draft.Year, draft.TimeZone, draft.PeriodStart, draft.PeriodEnd, draft.CreatedAt, draft.CreatedBy,
            built.Figures, built.Groups, counts.Details, draft.ApprovedRevision, draft.SubmissionId);
    }
}
