using Microsoft.AspNetCore.Http;

namespace ParentPartner.ServiceDefaults.Validation;

/// <summary>Collects field-level validation errors and turns them into a 400 validation problem.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    /// <summary>The fields with an error (the OpenAPI document marks those an empty request fails on as required).</summary>
    public IEnumerable<string> Fields => _errors.Keys;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }
        list.Add(message);
        return this;
    }

    public FieldErrors Required(string field, object? value) =>
        value is null || value is string s && string.IsNullOrWhiteSpace(s) ? Add(field, "is required.") : this;

    public FieldErrors MaxLength(string field, string? value, int max) =>
        value is not null && value.Length > max ? Add(field, $"must be at most {max} characters.") : this;

    /// <summary>400 for a malformed request; 422 (with a detail saying which rule) for a well-formed one that breaks a rule.</summary>
    public IResult ToProblem(int status = StatusCodes.Status400BadRequest, string? detail = null) =>
        TypedResults.Problem(new HttpValidationProblemDetails(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()))
        {
            Status = status,
            Title = status == StatusCodes.Status400BadRequest ? "One or more fields are invalid." : "The request breaks a program rule.",
            Detail = detail,
        });
}
