using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.ChangeStatus;

/// <summary>
/// A coordinator's screening decision. Matched and closed come from matching, received from intake, so
/// they cannot be asked for here.
/// </summary>
/// <example>{"status":"screened","note":"Called the mother; she wants a parent partner who speaks Spanish."}</example>
public sealed record ChangeStatusRequest : IValidatableRequest
{
    public static readonly ReferralStatus[] ByCoordinator =
        [ReferralStatus.Screened, ReferralStatus.ReadyForMatching, ReferralStatus.InformationOnly, ReferralStatus.Withdrawn];

    /// <summary>The status to move to: screened, ready-for-matching, information-only or withdrawn.</summary>
    public ReferralStatus? Status { get; init; }

    /// <summary>A kebab-case reason code; required when withdrawing ("family-declined", "unreachable").</summary>
    public string? Reason { get; init; }

    /// <summary>A short note for the status history (no more than a few sentences).</summary>
    public string? Note { get; init; }

    /// <summary>Information-only: topic codes of what was given ("support-groups", "diagnosis-resources").</summary>
    public List<string?>? InformationGiven { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Required("status", Status).Text("note", Note);
        if (Status is { } status && !ByCoordinator.Contains(status))
        {
            errors.Add("status", "must be screened, ready-for-matching, information-only or withdrawn: matched and closed come from matching.");
        }
        if (Reason is not null && !IntakeValidation.IsCode(Reason))
        {
            errors.Add("reason", "is not a reason code (lower-case letters, digits and single hyphens, at most 40).");
        }
        if (Status is ReferralStatus.Withdrawn && string.IsNullOrEmpty(Reason))
        {
            errors.Add("reason", "is required when withdrawing a referral.");
        }
        if (Status is ReferralStatus.InformationOnly)
        {
            if (InformationGiven is not { Count: > 0 })
            {
                errors.Add("informationGiven", "lists the information given (at least one topic code).");
            }
            errors.Codes("informationGiven", InformationGiven, 20);
        }
        else if (InformationGiven is not null)
        {
            errors.Add("informationGiven", "belongs to an information-only decision.");
        }
        return errors;
    }
}
