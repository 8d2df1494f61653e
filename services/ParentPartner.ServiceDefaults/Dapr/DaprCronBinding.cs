using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ParentPartner.ServiceDefaults.Dapr;

/// <summary>
/// The receiving end of a Dapr cron input binding (ADR 2): when the schedule fires, the sidecar calls
/// POST /{binding} on the app (and OPTIONS /{binding} at start-up, to learn that the app takes it). The sidecar
/// proves itself with the <c>dapr-api-token</c> header (APP_API_TOKEN on the sidecar, Dapr:AppApiToken here);
/// without a configured token the route does not exist, so a deployment without a sidecar exposes nothing.
/// The gateway never forwards it: it is not under /api.
/// </summary>
public static class DaprCronBinding
{
    public const string TokenHeader = "dapr-api-token";

    public static WebApplication MapDaprCronBinding(this WebApplication app, string binding, Func<IServiceProvider, CancellationToken, Task> job)
    {
        var token = app.Configuration["Dapr:AppApiToken"];
        if (string.IsNullOrEmpty(token))
        {
            return app;
        }
        var expected = Encoding.UTF8.GetBytes(token);
        app.MapMethods($"/{binding}", [HttpMethods.Post, HttpMethods.Options], async (HttpContext context) =>
            {
                var presented = Encoding.UTF8.GetBytes(context.Request.Headers[TokenHeader].ToString());
                if (!CryptographicOperations.FixedTimeEquals(presented, expected))
                {
                    return Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Only the Dapr sidecar may trigger this binding.");
                }
                if (HttpMethods.IsPost(context.Request.Method))
                {
                    await RunAsSystemWorkAsync(context.RequestServices.GetRequiredService<IServiceScopeFactory>(), job, context.RequestAborted);
                }
                return Results.Ok();
            })
            .AllowAnonymous()
            .ExcludeFromDescription();
        return app;
    }

    // A scheduled job belongs to no caller: run it in its own scope and without the request's execution context,
    // so program access sees no HttpContext and treats it as system work, exactly as an in-process timer would.
    private static async Task RunAsSystemWorkAsync(
        IServiceScopeFactory scopes, Func<IServiceProvider, CancellationToken, Task> job, CancellationToken cancellationToken)
    {
        Task work;
        using (ExecutionContext.SuppressFlow())
        {
            work = Task.Run(async () =>
            {
                await using var scope = scopes.CreateAsyncScope();
                await job(scope.ServiceProvider, cancellationToken);
            }, cancellationToken);
        }
        await work;
    }
}
