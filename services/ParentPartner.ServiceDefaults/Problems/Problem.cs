using Microsoft.AspNetCore.Http;

namespace ParentPartner.ServiceDefaults.Problems;

/// <summary>The problem responses endpoints return by hand.</summary>
public static class Problem
{
    /// <summary>404 for anything the caller's programs cannot see: another program's data is indistinguishable from none.</summary>
    public static IResult NotFound(string what) =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not Found", detail: $"No {what} with that id in your programs.");

    public static IResult Conflict(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "Conflict", detail: detail);

    public static IResult Unprocessable(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: "The request breaks a program rule.", detail: detail);
}
