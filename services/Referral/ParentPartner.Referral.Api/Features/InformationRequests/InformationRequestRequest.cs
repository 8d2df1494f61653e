using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.InformationRequests;

/// <summary>
/// An answered request for information, for the tally. There is deliberately no field for a name, a contact or
/// free text (an unknown field is refused), so nothing here can identify the person who asked.
/// </summary>
/// <example>{"channel":"phone","topics":["support-groups","diagnosis-resources"],"county":"Polk","language":"es-MX","resourcesSent":true,"answeredOn":"2026-12-07"}</example>
public sealed record InformationRequestRequest : IValidatableRequest
{
    public const int MaxTopics = 10;

    /// <summary>phone, web, walk-in, event or other.</summary>
    public InquiryChannel? Channel { get; init; }

    /// <summary>Topic codes of what was asked about ("diagnosis-resources", "support-groups"); at least one.</summary>
    public List<string?>? Topics { get; init; }

    /// <summary>The county the request came from, when known.</summary>
    public string? County { get; init; }

    /// <summary>BCP 47 tag of the language it was answered in (en, es-MX).</summary>
    public string? Language { get; init; }

    /// <summary>Whether resources were sent after the conversation.</summary>
    public bool? ResourcesSent { get; init; }

    /// <summary>The day it was answered (yyyy-MM-dd, the program's calendar); not in the future.</summary>
    public DateOnly? AnsweredOn { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("channel", Channel)
            .Required("resourcesSent", ResourcesSent)
            .Required("answeredOn", AnsweredOn)
            .Line("county", County, 100)
            .Codes("topics", Topics, MaxTopics);
        if (Topics is not { Count: > 0 })
        {
            errors.Add("topics", "lists what was asked about (at least one topic code).");
        }
        if (County is not null && string.IsNullOrWhiteSpace(County))
        {
            errors.Add("county", "is blank: leave it out when it is not known.");
        }
        if (Language is not null)
        {
            errors.LanguageTags("language", [Language]);
        }
        if (AnsweredOn < InformationRequestRules.Earliest)
        {
            errors.Add("answeredOn", $"must be on or after {InformationRequestRules.Earliest:yyyy-MM-dd}.");
        }
        return errors;
    }
}
