using Microsoft.AspNetCore.Http;

namespace ParentPartner.ServiceDefaults.Http;

/// <summary>
/// Refuses, as a 400 problem, what no endpoint here can use and what would otherwise fail further in:
/// header values outside printable ASCII (the proxy's HTTP client throws on them: a 502), and a NUL in
/// the path or query (PostgreSQL refuses NUL in text: a 500). Kestrel decodes header bytes as Latin-1
/// (<see cref="HttpHardeningExtensions"/>) so that every byte reaches this check instead of ending in
/// an empty 400 from the connection layer.
/// </summary>
public sealed class RequestTextGuardMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        foreach (var (name, values) in context.Request.Headers)
        {
            foreach (var value in values)
            {
                if (value is not null && !IsPrintableAscii(value))
                {
                    throw new BadHttpRequestException($"The '{name}' header holds characters outside printable ASCII; send it ASCII-only (percent-encode or base64 anything else).");
                }
            }
        }
        if (context.Request.Path.Value?.Contains('\0') == true || context.Request.QueryString.Value?.Contains("%00", StringComparison.Ordinal) == true)
        {
            throw new BadHttpRequestException("The path or query holds a NUL character.");
        }
        return next(context);
    }

    private static bool IsPrintableAscii(string value)
    {
        foreach (var c in value)
        {
            if (c is < ' ' or > '~' && c != '\t')
            {
                return false;
            }
        }
        return true;
    }
}
