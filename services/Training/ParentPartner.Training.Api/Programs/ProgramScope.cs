using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Training.Api.Programs;

public static class ProgramScope
{
    public const string RouteParameter = "programId";

    /// <summary>
    /// Every endpoint under /programs/{programId}: a program outside the caller's token is a 404, exactly as
    /// if it did not exist (never 403, which would confirm it does). Runs after authorization (roles) and
    /// before body validation, so nothing about another program leaks through error details.
    /// </summary>
    public static RouteGroupBuilder MapProgramScope(this RouteGroupBuilder parent) =>
        parent.MapGroup($"/programs/{{{RouteParameter}}}")
            .AddEndpointFilter(async (context, next) =>
            {
                var programId = context.HttpContext.Request.RouteValues[RouteParameter] as string;
                var access = context.HttpContext.RequestServices.GetRequiredService<IProgramAccess>();
                if (string.IsNullOrEmpty(programId) || programId.Length > 64 || !access.CanAccess(programId))
                {
                    return Problem.NotFound("program");
                }
                return await next(context);
            })
            .ProducesProblem(StatusCodes.Status404NotFound);
}
