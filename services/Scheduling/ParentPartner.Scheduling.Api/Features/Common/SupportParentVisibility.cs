using System.Security.Claims;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Scheduling.Api.Features.Common;

public static class SupportParentVisibility
{
    public static bool IsStaff(ClaimsPrincipal user) => SchedulingRoles.Staff.Any(user.IsInRole);

    /// <summary>Staff see the program's rows; a support parent only their own (anyone else's is a 404, not a 403).</summary>
    public static IQueryable<T> Visible<T>(this IQueryable<T> rows, string programId, ClaimsPrincipal user) where T : class, ISupportParentOwned
    {
        var query = rows.Where(r => r.ProgramId == programId);
        if (!IsStaff(user))
        {
            var subject = user.SubjectId();
            query = query.Where(r => subject != null && r.SupportParentSubject == subject);
        }
        return query;
    }
}
