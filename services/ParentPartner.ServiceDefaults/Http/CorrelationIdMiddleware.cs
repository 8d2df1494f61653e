using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Carries one correlation id per request: taken from X-Correlation-Id (the gateway sets it) or made
/// here, echoed on the response, tagged on the trace and put in the log scope.
/// </summary>
public sealed class CorrelationIdMiddleware(RequestDelegate next, ILogger<CorrelationIdMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
    public const string ItemKey = "ParentPartner.CorrelationId";

    public async Task InvokeAsync(HttpContext context)
    {
        var correlationId = IsAcceptable(context.Request.Headers[HeaderName].ToString())
            ? context.Request.Headers[HeaderName].ToString()
            : Guid.NewGuid().ToString("N");

        context.Request.Headers[HeaderName] = correlationId;
        context.Items[ItemKey] = correlationId;
        // Set at the last moment so a proxied response's copy of the header does not make it appear twice.
        context.Response.OnStarting(() =>
        {
            context.Response.Headers[HeaderName] = correlationId;
            return Task.CompletedTask;
        });
        Activity.Current?.SetTag("correlation.id", correlationId);

        using (logger.BeginScope(new Dictionary<string, object> { ["CorrelationId"] = correlationId }))
        {
            await next(context);
        }
    }

    // A client-supplied id is only trusted when it looks like an id: short, no spaces or control characters.
    private static bool IsAcceptable(string value) =>
        value.Length is > 0 and <= 64 && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
