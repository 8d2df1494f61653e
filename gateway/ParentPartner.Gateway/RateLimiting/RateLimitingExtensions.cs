using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.Gateway.RateLimiting;

public static class RateLimitingExtensions
{
    public const string PerClientPolicy = "per-client";

    /// <summary>
    /// One token bucket per caller: the token's client and subject when authenticated, else the client
    /// address. Over the limit → 429 problem with Retry-After.
    /// </summary>
    public static IHostApplicationBuilder AddGatewayRateLimiting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<RateLimitingOptions>().BindConfiguration("Gateway:RateLimiting");
        builder.Services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(PerClientPolicy, context =>
            {
                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                return context.User.Identity?.IsAuthenticated == true
                    ? RateLimitPartition.GetTokenBucketLimiter($"client:{context.User.ClientId()}:{context.User.SubjectId()}", _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.TokenLimit,
                        TokensPerPeriod = options.TokensPerPeriod,
                        ReplenishmentPeriod = options.ReplenishmentPeriod,
                        QueueLimit = 0,
                    })
                    : RateLimitPartition.GetTokenBucketLimiter($"address:{context.Connection.RemoteIpAddress}", _ => new TokenBucketRateLimiterOptions
                    {
                        TokenLimit = options.AnonymousTokenLimit,
                        TokensPerPeriod = options.AnonymousTokenLimit,
                        ReplenishmentPeriod = options.AnonymousReplenishmentPeriod,
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context.HttpContext,
                    ProblemDetails = new ProblemDetails
                    {
                        Status = StatusCodes.Status429TooManyRequests,
                        Title = "Too Many Requests",
                        Detail = "This client sent too many requests; slow down and retry after the Retry-After interval.",
                    },
                });
            };
        });
        return builder;
    }
}
