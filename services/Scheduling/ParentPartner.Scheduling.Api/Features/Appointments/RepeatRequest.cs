using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>Repeat weekly: every <c>intervalWeeks</c> weeks, <c>count</c> times or through <c>until</c> (a local date), at most 104 occurrences.</summary>
public sealed record RepeatRequest
{
    public const int MaxOccurrences = 104;

    /// <summary>1 (weekly, the default) to 4.</summary>
    public int? IntervalWeeks { get; init; }

    /// <summary>How many occurrences, 2 to 104; or give until.</summary>
    /// <example>8</example>
    public int? Count { get; init; }

    /// <summary>The last local date an occurrence may fall on; or give count.</summary>
    public DateOnly? Until { get; init; }

    public void Validate(FieldErrors errors)
    {
        errors.Range("repeat.intervalWeeks", IntervalWeeks, 1, 4, required: false);
        if ((Count is null) == (Until is null))
        {
            errors.Add("repeat", "give either count or until.");
        }
        errors.Range("repeat.count", Count, 2, MaxOccurrences, required: false);
        errors.Date("repeat.until", Until);
    }
}
