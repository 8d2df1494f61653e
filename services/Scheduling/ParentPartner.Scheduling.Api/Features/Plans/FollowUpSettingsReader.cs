using Microsoft.EntityFrameworkCore;
using ParentPartner.Scheduling.Api.Data;
using ParentPartner.Scheduling.Api.Domain;

namespace ParentPartner.Scheduling.Api.Features.Plans;

public static class FollowUpSettingsReader
{
    /// <summary>The program's follow-up settings, or the defaults when it never set any (nothing is stored for a read).</summary>
    public static async Task<FollowUpSettings> FollowUpSettingsForAsync(this SchedulingDbContext db, string programId, CancellationToken cancellationToken) =>
        await db.FollowUpSettings.AsNoTracking().FirstOrDefaultAsync(s => s.ProgramId == programId, cancellationToken)
        ?? FollowUpSettings.Default(programId);
}
