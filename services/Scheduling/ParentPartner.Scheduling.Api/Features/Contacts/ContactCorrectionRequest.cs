using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

/// <summary>The whole corrected contact and why: the previous revision is kept, and payroll sees the change.</summary>
public sealed record ContactCorrectionRequest : ContactRequest
{
    /// <summary>Why it changed ("wrong date", "the hearing ran long"), up to 500 characters.</summary>
    /// <example>"The hearing ran long"</example>
    public string? Reason { get; init; }

    public override FieldErrors Validate() => base.Validate().Text("reason", Reason, 500, required: true);
}
