using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.AllianceHub.Api.Domain;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

internal static class SubmissionQueries
{
    /// <summary>The highest revision the hub received for the same program and year, whatever its status.</summary>
    public static Task<int> LatestRevisionAsync(this AllianceHubDbContext db, Submission submission, CancellationToken cancellationToken) =>
        db.Submissions.Where(o => o.StateCode == submission.StateCode && o.ProgramId == submission.ProgramId && o.Year == submission.Year)
            .MaxAsync(o => o.Revision, cancellationToken);
}
