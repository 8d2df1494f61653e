using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.ServiceDefaults.Problems;

/// <summary>
/// Turns request-shape failures (malformed JSON, wrong content type, oversize body, unknown enum value)
/// into 4xx problem details instead of a 500.
/// </summary>
public sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
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
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = new ProblemDetails { Status = status, Title = ReasonPhrases(status), Detail = detail },
        });
    }

    // The JSON path says which field was wrong without echoing the (possibly personal) value.
    private static string DescribeJsonError(JsonException json) => json.Path is { Length: > 0 } path
        ? json is NulCharacterException || json.InnerException is NulCharacterException
            ? $"The request body is not valid: the text at '{path}' holds a NUL character."
            : $"The request body is not valid: the value at '{path}' could not be read."
        : "The request body is not valid JSON.";

    private static string ReasonPhrases(int status) => Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
