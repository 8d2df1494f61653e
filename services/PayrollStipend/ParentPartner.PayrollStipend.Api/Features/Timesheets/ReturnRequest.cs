using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Timesheets;

/// <summary>Why the timesheet goes back to its owner, e.g. {"comment":"The 12 March court hearing is logged twice."}.</summary>
public sealed record ReturnRequest : IValidatableRequest
{
    /// <summary>What the support parent should fix before resubmitting (required).</summary>
    /// <example>"The 9 December hearing is missing; please add it and resubmit."</example>
    public string? Comment { get; init; }

    public FieldErrors Validate() => new FieldErrors().Text("comment", Comment, 1000, required: true);
}
