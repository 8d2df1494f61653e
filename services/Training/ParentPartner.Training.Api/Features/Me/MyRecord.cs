using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.Training.Api.Data;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Me;

/// <summary>
/// The caller's own support-parent record: matched on the token's subject, within the token's programs
/// (the query filter). Someone in two programs picks one with ?programId=, else gets the latest.
/// </summary>
public static class MyRecord
{
    public static Task<SupportParent?> FindAsync(TrainingDbContext db, ClaimsPrincipal user, string? programId, CancellationToken cancellationToken)
    {
        var subject = user.SubjectId();
        if (string.IsNullOrEmpty(subject))
        {
            return Task.FromResult<SupportParent?>(null);
        }
        var query = db.SupportParents.AsNoTracking().Where(p => p.UserSubject == subject && p.Status != SupportParentStatus.Withdrawn);
        if (programId is not null)
        {
            query = query.Where(p => p.ProgramId == programId);
        }
        return query.OrderByDescending(p => p.AppliedAt).FirstOrDefaultAsync(cancellationToken);
    }
}
