using Microsoft.EntityFrameworkCore;
using ParentPartner.Reporting.Api.Data;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Reporting.Api.Features.Common;

public static class ProgramZone
{
    public const string Fallback = "UTC";

    /// <summary>The program's calendar from its reporting settings; UTC until a time zone is set.</summary>
    public static async Task<ProgramCalendar> CalendarAsync(ReportingDbContext db, string programId, CancellationToken cancellationToken)
    {
        var zone = await db.Settings.AsNoTracking().Where(s => s.ProgramId == programId).Select(s => s.TimeZone).FirstOrDefaultAsync(cancellationToken);
        return ProgramCalendar.For(ProgramCalendar.IsKnownZone(zone) ? zone! : Fallback);
    }
}
