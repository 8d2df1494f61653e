using NodaTime;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.Programs;

/// <summary>A program as referral needs it; the program id is in the path.</summary>
/// <example>{"name":"Iowa Parent Partner Program","kind":"child-welfare","timeZone":"America/Chicago","acceptingSelfReferrals":true}</example>
public sealed record ProgramRequest : IValidatableRequest
{
    /// <summary>The program's display name.</summary>
    public string? Name { get; init; }

    /// <summary>The kind of program (decides which intake factors apply).</summary>
    public ProgramKind? Kind { get; init; }

    /// <summary>IANA time zone id, e.g. "America/Chicago".</summary>
    public string? TimeZone { get; init; }

    /// <summary>Whether the public self-referral form accepts families for this program.</summary>
    public bool? AcceptingSelfReferrals { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("name", Name)
            .Line("name", Name, 200)
            .Required("kind", Kind)
            .Required("timeZone", TimeZone)
            .Required("acceptingSelfReferrals", AcceptingSelfReferrals);
        if (TimeZone is { Length: > 0 } zone && (zone.Length > 64 || DateTimeZoneProviders.Tzdb.GetZoneOrNull(zone) is null))
        {
            errors.Add("timeZone", "is not an IANA time zone id (e.g. America/Chicago).");
        }
        return errors;
    }
}
