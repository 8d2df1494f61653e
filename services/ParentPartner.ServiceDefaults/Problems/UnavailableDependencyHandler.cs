using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ParentPartner.ServiceDefaults.Problems;

/// <summary>Recognises an exception that means a dependency (the database, …) is down for now, not that the request is wrong.</summary>
public interface IUnavailableDependency
{
    /// <summary>The dependency's name for the problem's detail, when <paramref name="exception"/> says it is unavailable; else null.</summary>
    string? Unavailable(Exception exception);
}

/// <summary>
/// A dependency that is down answers 503 with Retry-After, never 500: the request was fine and can be sent again
/// (with the same Idempotency-Key, nothing happens twice). Registered before the last-resort handler.
/// </summary>
public sealed class UnavailableDependencyHandler(IEnumerable<IUnavailableDependency> dependencies, IProblemDetailsService problems, ILogger<UnavailableDependencyHandler> logger)
    : IExceptionHandler
{
    public const int RetryAfterSeconds = 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var dependency = dependencies.Select(d => d.Unavailable(exception)).FirstOrDefault(name => name is not null);
        if (dependency is null)
        {
            return false;
        }
        logger.LogWarning("{Dependency} unavailable ({ExceptionType}) on {Method} {Endpoint}", dependency, exception.GetType().FullName, httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
        httpContext.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        httpContext.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = 503,
                Title = "Service Unavailable",
                Detail = $"The service's {dependency} is unavailable for the moment; nothing was saved. Try again in a few seconds (with the same Idempotency-Key).",
            },
        });
    }
}
