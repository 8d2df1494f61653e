using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.ServiceDefaults.Problems;

public static class ProblemDetailsExtensions
{
    /// <summary>RFC 9457 problem details for every error response, with the trace and correlation ids to quote to support.</summary>
    public static IServiceCollection AddServiceProblemDetails(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Instance ??= context.HttpContext.Request.Path;
            context.ProblemDetails.Extensions["traceId"] = Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            if (context.HttpContext.Items[CorrelationIdMiddleware.ItemKey] is string correlationId)
            {
                context.ProblemDetails.Extensions["correlationId"] = correlationId;
            }
        });
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddExceptionHandler<UnavailableDependencyHandler>();
        services.AddExceptionHandler<UnexpectedExceptionHandler>();
        // Malformed bodies surface as BadHttpRequestException, which the handler above turns into a 400 problem with a reason.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
