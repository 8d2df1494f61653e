using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Settings;

/// <summary>The program's follow-up rules, all of them (a PUT replaces the whole set); they apply to matches made afterwards.</summary>
/// <example>{"timeZone":"America/Chicago","firstContactHours":48,"firstWeeksContacts":4,"firstWeeks":4,"monthlyVisits":2,"visitMonths":6,"monthlyHoursMin":4,"monthlyHoursMax":20,"weekCheckInDays":7,"outcomeSurveyWeeks":12,"endOfMatchReviewDays":14,"continuedSupportWeeks":4}</example>
public sealed record FollowUpSettingsRequest : IValidatableRequest
{
    /// <summary>IANA zone the program's months, weeks and days are read in, e.g. America/Chicago.</summary>
    /// <example>"America/Chicago"</example>
    public string? TimeZone { get; init; }

    /// <summary>Hours after the match by which the support parent makes first contact (default 48).</summary>
    /// <example>48</example>
    public int? FirstContactHours { get; init; }

    /// <summary>P2P: contacts expected in the first weeks (default 4)…</summary>
    public int? FirstWeeksContacts { get; init; }

    /// <summary>…within this many weeks (default 8).</summary>
    public int? FirstWeeks { get; init; }

    /// <summary>Child welfare: face-to-face visits a month (default 4)…</summary>
    public int? MonthlyVisits { get; init; }

    /// <summary>…for this many first months (default 3).</summary>
    public int? VisitMonths { get; init; }

    /// <summary>Child welfare: hours a month with the family, at least (default 7)…</summary>
    public int? MonthlyHoursMin { get; init; }

    /// <summary>…and at most (default 10): more is flagged on the plan, not refused.</summary>
    public int? MonthlyHoursMax { get; init; }

    /// <summary>Days after the match of the coordinator's first check-in (default 7); the others are at 1 and 2 months.</summary>
    public int? WeekCheckInDays { get; init; }

    /// <summary>Weeks after the match of the family's outcome survey (default 8).</summary>
    public int? OutcomeSurveyWeeks { get; init; }

    /// <summary>Days after the end of a match for the coordinator's review (default 14).</summary>
    public int? EndOfMatchReviewDays { get; init; }

    /// <summary>Weeks of lighter continued support after a case closes, ended by a coordinator check-in; 0 turns it off (optional, default 0).</summary>
    public int? ContinuedSupportWeeks { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("timeZone", TimeZone)
            .Range("firstContactHours", FirstContactHours, 1, 336)
            .Range("firstWeeksContacts", FirstWeeksContacts, 1, 50)
            .Range("firstWeeks", FirstWeeks, 1, 52)
            .Range("monthlyVisits", MonthlyVisits, 1, 31)
            .Range("visitMonths", VisitMonths, 1, 12)
            .Range("monthlyHoursMin", MonthlyHoursMin, 1, 200)
            .Range("monthlyHoursMax", MonthlyHoursMax, 1, 200)
            .Range("weekCheckInDays", WeekCheckInDays, 1, 31)
            .Range("outcomeSurveyWeeks", OutcomeSurveyWeeks, 1, 104)
            .Range("endOfMatchReviewDays", EndOfMatchReviewDays, 1, 90)
            .Range("continuedSupportWeeks", ContinuedSupportWeeks, 0, 52, required: false);
        if (TimeZone is { Length: > 0 } && !ProgramCalendar.IsKnownZone(TimeZone))
        {
            errors.Add("timeZone", "must be an IANA time zone id, e.g. America/Chicago.");
        }
        if (MonthlyHoursMin > MonthlyHoursMax)
        {
            errors.Add("monthlyHoursMax", "must be at least monthlyHoursMin.");
        }
        return errors;
    }

    public void ApplyTo(FollowUpSettings settings)
    {
        settings.TimeZone = TimeZone!;
        settings.FirstContactHours = FirstContactHours!.Value;
        settings.FirstWeeksContacts = FirstWeeksContacts!.Value;
        settings.FirstWeeks = FirstWeeks!.Value;
        settings.MonthlyVisits = MonthlyVisits!.Value;
        settings.VisitMonths = VisitMonths!.Value;
        settings.MonthlyHoursMin = MonthlyHoursMin!.Value;
        settings.MonthlyHoursMax = MonthlyHoursMax!.Value;
        settings.WeekCheckInDays = WeekCheckInDays!.Value;
        settings.OutcomeSurveyWeeks = OutcomeSurveyWeeks!.Value;
        settings.EndOfMatchReviewDays = EndOfMatchReviewDays!.Value;
        settings.ContinuedSupportWeeks = ContinuedSupportWeeks ?? 0;
    }
}
