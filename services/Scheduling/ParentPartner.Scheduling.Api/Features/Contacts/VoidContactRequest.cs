using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

/// <summary>Voids a logged contact (it stays in the history, marked void, and its pay line is reversed).</summary>
public sealed record VoidContactRequest : IValidatableRequest
{
    /// <summary>Why it is withdrawn ("logged twice", "wrong family"), up to 500 characters.</summary>
    /// <example>"Logged twice"</example>
    public string? Reason { get; init; }

    public FieldErrors Validate() => new FieldErrors().Text("reason", Reason, 500, required: true);
}
