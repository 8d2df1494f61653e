using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Training.Api.Features.Cohorts;

/// <summary>What happened to one seat: attended or not, the hours (payroll pays them) and whether the course was completed.</summary>
/// <example>{"attended":true,"hours":3,"completed":false}</example>
public sealed record AttendanceRequest : IValidatableRequest
{
    /// <summary>Whether the support parent attended the session.</summary>
    public bool? Attended { get; init; }

    /// <summary>Hours attended (more than 0, at most 24, two decimals at most).</summary>
    public decimal? Hours { get; init; }

    /// <summary>Whether the support parent completed the course with this session.</summary>
    public bool? Completed { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Required("attended", Attended);
        if (Attended == true)
        {
            if (Hours is null)
            {
                errors.Add("hours", "is required when the person attended.");
            }
            else if (Hours <= 0 || Hours > 24 || decimal.Round(Hours.Value, 2) != Hours)
            {
                errors.Add("hours", "must be more than 0 and at most 24, in hundredths of an hour at most.");
            }
        }
        else if (Attended == false)
        {
            if (Hours is not null and not 0)
            {
                errors.Add("hours", "must be empty when the person did not attend.");
            }
            if (Completed == true)
            {
                errors.Add("completed", "cannot be true when the person did not attend.");
            }
        }
        return errors;
    }
}
