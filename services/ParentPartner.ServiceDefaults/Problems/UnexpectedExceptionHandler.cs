using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace ParentPartner.ServiceDefaults.Problems;

/// <summary>
/// The last resort: a generic 500 problem with the trace id. Never the exception text or stack trace,
/// which can carry personal data; those go to the log with the exception type only.
/// </summary>
public sealed class UnexpectedExceptionHandler(IProblemDetailsService problems, ILogger<UnexpectedExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is OperationCanceledException && httpContext.RequestAborted.IsCancellationRequested)
        {
            httpContext.Response.StatusCode = 499;
            return true;
        }

        // Where it was thrown (type and method names) helps at 3 a.m. and carries no data, unlike the message.
        logger.LogError("Unhandled {ExceptionType} thrown by {ThrownBy} on {Method} {Endpoint}", exception.GetType().FullName,
            $"{exception.TargetSite?.DeclaringType?.FullName}.{exception.TargetSite?.Name}", httpContext.Request.Method, httpContext.GetEndpoint()?.DisplayName);
        httpContext.Response.StatusCode = StatusCodes.Status500InternalServerError;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails
            {
                Status = 500,
                Title = "Internal Server Error",
                Detail = "Something went wrong on our side. Quote the trace id when you report it.",
            },
        });
    }
}
