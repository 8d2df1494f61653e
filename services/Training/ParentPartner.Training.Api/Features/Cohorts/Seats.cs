using Microsoft.EntityFrameworkCore;
using ParentPartner.Training.Api.Data;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>
/// A cohort's seat count, changed only by single conditional UPDATEs: two requests for the last seat
/// queue on the row and the second finds it taken, so a cohort is never overbooked.
/// </summary>
public static class Seats
{
    public static async Task<bool> TryTakeAsync(TrainingDbContext db, Guid cohortId, CancellationToken cancellationToken) =>
        await db.Cohorts
            .Where(c => c.Id == cohortId && c.EnrolledCount < c.Capacity)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolledCount, c => c.EnrolledCount + 1), cancellationToken) == 1;

    public static Task ReleaseAsync(TrainingDbContext db, Guid cohortId, CancellationToken cancellationToken) =>
        db.Cohorts
            .Where(c => c.Id == cohortId && c.EnrolledCount > 0)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.EnrolledCount, c => c.EnrolledCount - 1), cancellationToken);
}
