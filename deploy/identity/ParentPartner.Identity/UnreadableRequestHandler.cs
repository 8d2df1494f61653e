using Microsoft.AspNetCore.Diagnostics;

namespace ParentPartner.Identity;

/// <summary>
/// Errors as OAuth error bodies, never a stack trace: a form the framework cannot decode (a %00, bad
/// encoding, an oversize body) is the client's <c>invalid_request</c>; anything else is a bare
/// <c>server_error</c>. Runs inside the developer exception page, so even a Development run echoes
/// no headers.
/// </summary>
internal static class UnreadableRequestHandler
{
    public static IApplicationBuilder UseOAuthErrorResponses(this IApplicationBuilder app) =>
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = WriteAsync });

    private static Task WriteAsync(HttpContext context)
    {
        var exception = context.Features.Get<IExceptionHandlerFeature>()?.Error;
        var unreadable = exception is InvalidDataException or BadHttpRequestException;
        context.Response.StatusCode = unreadable ? StatusCodes.Status400BadRequest : StatusCodes.Status500InternalServerError;
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsJsonAsync(unreadable
            ? new { error = "invalid_request", error_description = "The request could not be read." }
            : new { error = "server_error", error_description = "The issuer failed; nothing was issued." });
    }
}
