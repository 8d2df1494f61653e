using Microsoft.EntityFrameworkCore;
using ParentPartner.Referral.Api.Data;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Referral.Api.Features.InformationRequests;

public static class InformationRequestRules
{
    /// <summary>The first year the national alliance takes figures for: older days cannot be reported anyway.</summary>
    public static readonly DateOnly Earliest = new(2000, 1, 1);

    /// <summary>Today on the program's calendar; UTC for a program not registered with referral yet.</summary>
    public static async Task<DateOnly> TodayAsync(ReferralDbContext db, string programId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var zone = await db.Programs.Where(p => p.ProgramId == programId).Select(p => p.TimeZone).FirstOrDefaultAsync(cancellationToken);
        var calendar = ProgramCalendar.For(ProgramCalendar.IsKnownZone(zone) ? zone! : "UTC");
        var today = calendar.Today(now);
        return new DateOnly(today.Year, today.Month, today.Day);
    }
}
