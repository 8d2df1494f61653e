using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;

namespace ParentPartner.Reporting.Api.Features.Common;

public static class InquiryTallyQuery
{
    /// <summary>Inquiries answered from <paramref name="from"/> to <paramref name="to"/> (both included, the program's calendar days).</summary>
    public static async Task<InquiryTally> RunAsync(ReportingDbContext db, string programId, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var rows = await db.InformationRequests.AsNoTracking()
            .Where(i => i.ProgramId == programId && i.AnsweredOn >= from && i.AnsweredOn <= to)
            .Select(i => new { i.Channel, i.Topics, i.Language, i.County, i.ResourcesSent })
            .ToListAsync(cancellationToken);
        return new InquiryTally(
            rows.Count,
            rows.Count(r => r.ResourcesSent),
            ReportQueries.CountBy(rows, r => r.Channel),
            ReportQueries.CountBy(rows.SelectMany(r => r.Topics), t => t),
            ReportQueries.CountBy(rows, r => r.Language),
            ReportQueries.CountBy(rows, r => r.County));
    }
}
