using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.ServiceDefaults.Problems;

/// <summary>
/// Turns request-shape failures (malformed JSON, wrong content type, oversize body, unknown enum value)
/// into 4xx problem details instead of a 500.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    private static readonly ConcurrentDictionary<string, string[]?> AllowedByType = new(StringComparer.Ordinal);

    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var unreadable = exception as JsonException ?? (exception as BadHttpRequestException)?.InnerException as JsonException;
        var (status, detail) = exception switch
        {
            BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (413, "The request body is larger than this endpoint accepts."),
            BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => (415, "The request body must be JSON (Content-Type: application/json)."),
            BadHttpRequestException { InnerException: JsonException json } => (400, DescribeJsonError(json)),
            BadHttpRequestException bad => (bad.StatusCode, bad.Message),
            JsonException json => (400, DescribeJsonError(json)),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }

        httpContext.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = ReasonPhrases(status), Detail = detail };
        if (unreadable is not null && FieldOf(unreadable) is { } field)
        {
            // The same "errors" member a validation problem carries, so a client shows it beside the field.
            problem.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [FieldMessage(unreadable)] };
        }

        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem });
    }

    // The JSON path says which field was wrong without echoing the (possibly personal) value.
    private static string DescribeJsonError(JsonException json) => json.Path is { Length: > 0 } path
        ? HoldsNul(json)
            ? $"The request body is not valid: the text at '{path}' holds a NUL character."
            : AllowedValues(json) is { } allowed
                ? $"The request body is not valid: the value at '{path}' must be one of: {string.Join(", ", allowed)}."
                : $"The request body is not valid: the value at '{path}' could not be read."
        : "The request body is not valid JSON.";

    private static bool HoldsNul(JsonException json) => json is NulCharacterException || json.InnerException is NulCharacterException;

    private static string FieldMessage(JsonException json) =>
        HoldsNul(json) ? "holds a NUL character"
        : AllowedValues(json) is { } allowed ? $"must be one of: {string.Join(", ", allowed)}."
        : "could not be read";

    /// <summary>
    /// For an unknown enum value, the values the field takes, as they are spelled on the wire: System.Text.Json names
    /// the target type in its message ("could not be converted to X.Y.ContactKind"), never the value sent.
    /// </summary>
    private static string[]? AllowedValues(JsonException json) =>
        TargetType().Match(json.Message) is { Success: true } match
            ? AllowedByType.GetOrAdd(match.Groups["type"].Value, static name =>
            {
                var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(name, throwOnError: false)).FirstOrDefault(t => t is not null);
                return type is { IsEnum: true }
                    ? [.. Enum.GetNames(type).Select(n => JsonNamingPolicy.KebabCaseLower.ConvertName(n))]
                    : null;
            })
            : null;

    [GeneratedRegex(@"could not be converted to (?:System\.Nullable`1\[)?(?<type>[A-Za-z0-9_.+]+?)\]?\. Path:")]
    private static partial Regex TargetType();

    // "$.children[0].firstName" → "children[0].firstName"; the document root is no field.
    private static string? FieldOf(JsonException json) =>
        json.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : null;

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
