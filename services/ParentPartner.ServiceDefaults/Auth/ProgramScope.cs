using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Auth;

public static class ProgramScope
{
    public const string RouteParameter = "programId";

    /// <summary>
    /// The group for every route under /programs/{programId}. A program outside the caller's token, and a
    /// malformed program id, are a 404 exactly as if the program did not exist (never 403, which would confirm
    /// it does). Runs after authorization (roles) and before body validation, so nothing about another program
    /// leaks through error details.
    /// </summary>
    public static RouteGroupBuilder MapProgramScope(this IEndpointRouteBuilder parent) =>
        parent.MapGroup($"/programs/{{{RouteParameter}}}")
            .AddEndpointFilter(async (context, next) =>
            {
                var programId = context.HttpContext.Request.RouteValues[RouteParameter] as string;
                var access = context.HttpContext.RequestServices.GetRequiredService<IProgramAccess>();
                return ProgramIdRule.IsValid(programId) && access.CanAccess(programId!)
                    ? await next(context)
                    : Problem.NotFound("program");
            })
            .ProducesProblem(StatusCodes.Status404NotFound);
}
