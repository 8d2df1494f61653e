using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Headers every response carries unless the endpoint chose otherwise: nothing is sniffed, nothing is cached
/// (most answers hold a family's or a support parent's data, and a shared or lost device must not keep them),
/// no page here may be framed, and links to elsewhere carry no referrer (feed URLs hold secrets).
/// </summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers[HeaderNames.XContentTypeOptions] = "nosniff";
            headers.TryAdd(HeaderNames.CacheControl, "no-store");
            headers.TryAdd(HeaderNames.XFrameOptions, "DENY");
            headers.TryAdd("Referrer-Policy", "no-referrer");
            headers.TryAdd(HeaderNames.ContentSecurityPolicy, "default-src 'none'; frame-ancestors 'none'");
            headers.Remove(HeaderNames.Server);
            return Task.CompletedTask;
        });
        return next(context);
    }
}
