using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.ServiceDefaults.Http;

public static class CallerEndpoint
{
    /// <summary>
    /// GET {prefix}/me: how this service sees the caller (roles, programs) once the token is validated.
    /// Lets an integrator check their Keycloak mappers against every service, through the gateway.
    /// </summary>
    public static RouteHandlerBuilder MapCallerEndpoint(this IEndpointRouteBuilder routes, string service) =>
        routes.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(new CallerResponse(
                service,
                user.SubjectId(),
                user.Identity?.Name,
                user.ClientId(),
                [.. user.FindAll(KeycloakClaims.Role).Select(c => c.Value).Order()],
                [.. user.ProgramIds().Order()])))
            .WithName($"{service}-caller")
            .WithSummary("How this service sees you: roles and programs from your token");
}
