using ParentPartner.Contracts.Alliance;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.ServiceDefaults.Time;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Settings;

/// <summary>A program's reporting settings (the whole resource; the program id is in the path).</summary>
/// <example>{"stateCode":"IA","programName":"Iowa Parent Partner Program","kind":"child-welfare","targetHours":72,"timeZone":"America/Chicago"}</example>
public sealed record SettingsRequest : IValidatableRequest
{
    public const int MaxTargetHours = 24 * 30;

    /// <summary>Two-letter USPS code of the state or territory (IA, NE, PR…).</summary>
    public string? StateCode { get; init; }

    /// <summary>The program's name as the national alliance shows it.</summary>
    public string? ProgramName { get; init; }

    /// <summary>The kind of program the reports are for.</summary>
    public ProgramKind? Kind { get; init; }

    /// <summary>Target hours from ready to matched; default 48.</summary>
    public int? TargetHours { get; init; }

    /// <summary>IANA time zone id ("America/Chicago"): where the program's year ends. Needed before an annual draft.</summary>
    public string? TimeZone { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("stateCode", StateCode)
            .Required("programName", ProgramName)
            .MaxLength("programName", ProgramName, 200)
            .Required("kind", Kind);
        if (StateCode is { Length: > 0 } code && !AnnualReportSubmitted.KnownStateCodes.Contains(code.ToUpperInvariant()))
        {
            errors.Add("stateCode", "is not a US state, DC or territory code (two letters, e.g. IA).");
        }
        if (ProgramName is not null && ProgramName.Any(char.IsControl))
        {
            errors.Add("programName", "may not contain control characters.");
        }
        if (TargetHours is < 1 or > MaxTargetHours)
        {
            errors.Add("targetHours", $"must be between 1 and {MaxTargetHours}.");
        }
        if (TimeZone is not null && (TimeZone.Length > 64 || !ProgramCalendar.IsKnownZone(TimeZone)))
        {
            errors.Add("timeZone", "is not an IANA time zone id (e.g. America/Chicago).");
        }
        return errors;
    }

    public int TargetHoursOrDefault() => TargetHours ?? ReportingSettings.DefaultTargetHours;
}
