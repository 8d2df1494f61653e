using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.Testing;

namespace ParentPartner.IntegrationTests;

/// <summary>What reporting has counted: the end of the event path these tests follow.</summary>
public static class ReportingCounts
{
    /// <summary>Referrals reporting has counted as received for a program (each event once, whatever the broker did).</summary>
    public static async Task<int> ReferralsCountedAsync(this Platform platform, string programId)
    {
        await using var scope = platform.Reporting.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReportingDbContext>();
        return await db.ReferralCounts.Where(c => c.ProgramId == programId).SumAsync(c => c.Received);
    }
}
