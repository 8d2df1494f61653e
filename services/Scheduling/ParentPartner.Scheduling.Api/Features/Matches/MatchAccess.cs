using System.Security.Claims;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.Scheduling.Api.Features.Appointments;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Scheduling.Api.Features.Matches;

public static class MatchAccess
{
    /// <summary>Staff see the program's matches; a support parent sees only the matches they are the support parent of.</summary>
    public static IQueryable<ScheduledMatch> Visible(this IQueryable<ScheduledMatch> matches, string programId, ClaimsPrincipal user)
    {
        var query = matches.Where(m => m.ProgramId == programId);
        if (!AppointmentRules.IsStaff(user))
        {
            var subject = user.SubjectId();
            query = query.Where(m => subject != null && m.SupportParentSubject == subject);
        }
        return query;
    }
}
