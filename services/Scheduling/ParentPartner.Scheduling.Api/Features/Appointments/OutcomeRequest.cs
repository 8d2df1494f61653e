using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>fulfilled, or no-show with who did not show.</summary>
public sealed record OutcomeRequest : IValidatableRequest
{
    /// <summary>Fulfilled or no-show.</summary>
    public AppointmentOutcome? Outcome { get; init; }

    /// <summary>Who did not show up; required for a no-show.</summary>
    public NoShowBy? NoShowBy { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Required("outcome", Outcome);
        if (Outcome == AppointmentOutcome.NoShow && NoShowBy is null)
        {
            errors.Add("noShowBy", "is required for a no-show (family, support-parent or other).");
        }
        if (Outcome == AppointmentOutcome.Fulfilled && NoShowBy is not null)
        {
            errors.Add("noShowBy", "is only for a no-show.");
        }
        return errors;
    }
}
