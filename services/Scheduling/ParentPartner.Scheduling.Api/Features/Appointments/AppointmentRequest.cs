using System.Text.RegularExpressions;
using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.ServiceDefaults.Time;

namespace ParentPartner.Scheduling.Api.Features.Appointments;

/// <summary>A new appointment, or the whole new state of one being changed.</summary>
public sealed partial record AppointmentRequest : IValidatableRequest
{
    /// <summary>What the appointment is.</summary>
    /// <example>"support-group"</example>
    public AppointmentKind? Kind { get; init; }

    /// <summary>IANA time zone the local times are in, e.g. America/Chicago (until program settings carry it).</summary>
    /// <example>"America/Chicago"</example>
    public string? TimeZone { get; init; }

    /// <summary>Wall-clock start without an offset: 2026-03-10T18:00.</summary>
    /// <example>"2026-12-15T18:00"</example>
    public string? StartsLocal { get; init; }

    /// <summary>Wall-clock end without an offset; the duration is the real elapsed time between the two.</summary>
    /// <example>"2026-12-15T19:30"</example>
    public string? EndsLocal { get; init; }

    /// <summary>Where it happens: in person, phone or video, with the address, number or link.</summary>
    /// <example>"in-person"</example>
    public PlaceKind? Place { get; init; }

    /// <summary>Required in person.</summary>
    /// <example>"Family Resource Center, 1200 University Ave, Des Moines"</example>
    public string? Address { get; init; }

    /// <summary>Required by phone.</summary>
    public string? Phone { get; init; }

    /// <summary>Required by video: an https link.</summary>
    public string? VideoLink { get; init; }

    /// <summary>The attending support parent's account subject; a support parent booking for themselves may omit it.</summary>
    public string? SupportParentSubject { get; init; }

    /// <summary>The family as a first name or initials only ("Maria", "M.R."), never a full name.</summary>
    /// <example>"Maria"</example>
    public string? FamilyName { get; init; }

    /// <summary>The match it belongs to; none for a program-wide one (support group, training).</summary>
    public Guid? MatchId { get; init; }

    /// <summary>Only when booking: repeat weekly (a support group). Each occurrence is then an appointment of its own with a seriesId.</summary>
    public RepeatRequest? Repeat { get; init; }

    /// <summary>Book even though the support parent already has an appointment at that time.</summary>
    public bool ConfirmOverlap { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("kind", Kind)
            .Required("timeZone", TimeZone)
            .Required("startsLocal", StartsLocal)
            .Required("endsLocal", EndsLocal)
            .Required("place", Place)
            .Text("address", Address, 300)
            .Text("phone", Phone, 40)
            .Text("videoLink", VideoLink, 500)
            .Text("supportParentSubject", SupportParentSubject, 100);
        if (TimeZone is { Length: > 0 } && !ProgramCalendar.IsKnownZone(TimeZone))
        {
            errors.Add("timeZone", "must be an IANA time zone id, e.g. America/Chicago.");
        }
        var startOk = ProgramCalendar.TryParseLocal(StartsLocal, out var start);
        var endOk = ProgramCalendar.TryParseLocal(EndsLocal, out var end);
        if (StartsLocal is { Length: > 0 } && !startOk)
        {
            errors.Add("startsLocal", "must be a local date and time without an offset, e.g. 2026-03-10T18:00.");
        }
        if (EndsLocal is { Length: > 0 } && !endOk)
        {
            errors.Add("endsLocal", "must be a local date and time without an offset, e.g. 2026-03-10T19:30.");
        }
        if (startOk && endOk && (end <= start || end > start.PlusHours(12)))
        {
            errors.Add("endsLocal", "must be after startsLocal and at most 12 hours later.");
        }
        if (Place == PlaceKind.InPerson && string.IsNullOrWhiteSpace(Address))
        {
            errors.Add("address", "is required in person.");
        }
        if (Place == PlaceKind.Phone && string.IsNullOrWhiteSpace(Phone))
        {
            errors.Add("phone", "is required by phone.");
        }
        if (Place == PlaceKind.Video && !(Uri.TryCreate(VideoLink, UriKind.Absolute, out var link) && link.Scheme == Uri.UriSchemeHttps))
        {
            errors.Add("videoLink", "must be an https link by video.");
        }
        Repeat?.Validate(errors);
        if (FamilyName is not null && !FamilyNameShape().IsMatch(FamilyName))
        {
            errors.Add("familyName", "must be a first name or initials only (one word, at most 30 characters).");
        }
        return errors;
    }

    [GeneratedRegex(@"^(\p{L}[\p{L}'\-]{0,29}|(\p{Lu}\.){1,3})$")]
    private static partial Regex FamilyNameShape();
}
