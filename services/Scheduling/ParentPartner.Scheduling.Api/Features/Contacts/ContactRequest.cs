using ParentPartner.Scheduling.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Scheduling.Api.Features.Contacts;

/// <summary>A contact with the matched family, as the support parent would log it on the way home.</summary>
public record ContactRequest : IValidatableRequest
{
    public const int MaxMinutes = 720;
    public const decimal MaxMiles = 1000m;

    /// <summary>court-hearing, family-team-meeting, one-to-one, phone, text, support-group or other.</summary>
    /// <example>"court-hearing"</example>
    public ContactKind? Kind { get; init; }

    /// <summary>in-person (counts as a visit), phone or video.</summary>
    /// <example>"in-person"</example>
    public ContactMode? Mode { get; init; }

    /// <summary>When it started, with its offset: 2026-12-07T14:00:00-06:00. Not in the future, not before the match.</summary>
    /// <example>2026-12-07T09:00:00-06:00</example>
    public DateTimeOffset? StartedAt { get; init; }

    /// <summary>How long it lasted, 1 to 720 minutes (travel excluded).</summary>
    /// <example>90</example>
    public int? Minutes { get; init; }

    /// <summary>Miles driven for it, 0 to 1000, one decimal at most.</summary>
    /// <example>12.5</example>
    public decimal? Miles { get; init; }

    /// <summary>For the program only: never leaves scheduling, erased if the family revokes consent.</summary>
    /// <example>"Went with her to the shelter hearing; the next one is in 30 days."</example>
    public string? Notes { get; init; }

    public virtual FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("kind", Kind)
            .Required("mode", Mode)
            .Required("startedAt", StartedAt)
            .Range("minutes", Minutes, 1, MaxMinutes)
            .Text("notes", Notes, 2000);
        if (Miles is { } miles && (miles < 0 || miles > MaxMiles || decimal.Round(miles, 1) != miles))
        {
            errors.Add("miles", $"must be between 0 and {MaxMiles} with one decimal at most.");
        }
        if (Kind == ContactKind.Text && Mode == ContactMode.InPerson)
        {
            errors.Add("mode", "a text message is not in person: use phone.");
        }
        if (StartedAt is { } at && at.Year < 2000)
        {
            errors.Add("startedAt", "must be a real date and time.");
        }
        return errors;
    }
}
