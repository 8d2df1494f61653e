using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ParentPartner.ServiceDefaults.Auth;
using ParentPartner.ServiceDefaults.Data;
using ParentPartner.ServiceDefaults.Problems;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.ServiceDefaults.Idempotency;

public static class IdempotencyFilter
{
    public const string HeaderName = "Idempotency-Key";

    /// <summary>
    /// Honours Idempotency-Key on a POST that creates something: the handler runs inside a transaction
    /// that also stores its response under (caller, key); a retry gets that response again instead of a
    /// second resource. A failed request (4xx/5xx) stores nothing, so a corrected retry may reuse the key.
    /// The same key with a different body is refused with 422.
    /// </summary>
    public static RouteHandlerBuilder WithIdempotency<TDbContext>(this RouteHandlerBuilder builder)
        where TDbContext : ServiceDbContext =>
        builder.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            var key = http.Request.Headers[HeaderName].ToString();
            if (key.Length == 0)
            {
                return await next(context);
            }
            if (key.Length > 100 || key.Any(char.IsControl))
            {
                return new FieldErrors().Add(HeaderName, "must be at most 100 printable characters.").ToProblem();
            }

            var caller = http.User.SubjectId() ?? $"address:{http.Connection.RemoteIpAddress}";
            var hash = RequestHash(http, context.Arguments);
            var db = http.RequestServices.GetRequiredService<TDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(http.RequestAborted);

            // Taking the row first makes a concurrent retry wait here until the first request commits.
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO idempotency_keys (caller, key, request_hash, status_code, created_at) VALUES ({caller}, {key}, {hash}, 0, now()) ON CONFLICT DO NOTHING",
                http.RequestAborted);
            var record = await db.Set<IdempotencyRecord>()
                .FromSql($"SELECT * FROM idempotency_keys WHERE caller = {caller} AND key = {key} FOR UPDATE")
                .AsNoTracking()
                .SingleAsync(http.RequestAborted);

            if (record.StatusCode != 0)
            {
                await transaction.RollbackAsync(http.RequestAborted);
                return record.RequestHash == hash
                    ? new ReplayedResult(record.StatusCode, record.Location, record.ResponseBody)
                    : Problem.Unprocessable("This Idempotency-Key was already used for a different request.");
            }

            var result = await next(context);
            if (result is not IStatusCodeHttpResult { StatusCode: >= 200 and < 300 } success)
            {
                await transaction.RollbackAsync(http.RequestAborted);
                return result;
            }

            var json = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var body = result is IValueHttpResult { Value: { } value } ? JsonSerializer.Serialize(value, value.GetType(), json) : null;
            // Created, Created<T>, Accepted… all expose Location; there is no common interface for it.
            var location = result.GetType().GetProperty("Location")?.GetValue(result) as string;
            await db.Database.ExecuteSqlAsync(
                $"UPDATE idempotency_keys SET status_code = {success.StatusCode ?? 200}, response_body = {body}::jsonb, location = {location} WHERE caller = {caller} AND key = {key}",
                http.RequestAborted);
            await transaction.CommitAsync(http.RequestAborted);
            return result;
        });

    private static string RequestHash(HttpContext http, IList<object?> arguments)
    {
        var request = arguments.FirstOrDefault(a => a is IValidatableRequest);
        var material = $"{http.Request.Method} {http.Request.Path}\n{(request is null ? "" : JsonSerializer.Serialize(request, request.GetType()))}";
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(material))).ToLowerInvariant();
    }

    private sealed class ReplayedResult(int statusCode, string? location, string? body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            httpContext.Response.Headers["Idempotent-Replayed"] = "true";
            if (location is not null)
            {
                httpContext.Response.Headers.Location = location;
            }
            if (body is not null)
            {
                httpContext.Response.ContentType = "application/json; charset=utf-8";
                await httpContext.Response.WriteAsync(body);
            }
        }
    }
}
