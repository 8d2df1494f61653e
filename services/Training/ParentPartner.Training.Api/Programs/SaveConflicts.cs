using Microsoft.EntityFrameworkCore;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.Training.Api.Data.Configurations;

namespace ParentPartner.Training.Api.Programs;

public static class SaveConflicts
{
    /// <summary>
    /// Two writers at once (the last seat, a sweep and a completion, the same account applying twice): the
    /// loser's save fails its row-version or unique check and gets a 409 to retry, never a 500.
    /// </summary>
    public static RouteGroupBuilder TranslateSaveConflicts(this RouteGroupBuilder group) =>
        group.AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Problem.Conflict("Someone changed this at the same moment; read it again and retry.");
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                return Problem.Conflict(ex.ViolatedUniqueConstraint() switch
                {
                    SupportParentConfiguration.UniqueAccountIndex => "That account already has a support-parent record in this program.",
                    EnrolmentConfiguration.OneSeatPerPersonIndex => "This support parent already has a seat in this cohort.",
                    _ => "That already exists.",
                });
            }
        });
}
