using System.Text.RegularExpressions;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>
/// An intake of one family by a coordinator (or by a referring organisation's own client). Everything
/// nullable so a missing field is a field error, not a parse error. The five intake factors (child,
/// case, needs) may be completed here; they are required before the referral can be ready for matching.
/// </summary>
/// <example>{"programId":"ia-parent-partner","source":"child-welfare-agency","referrer":{"organisation":"Polk County Department of Health and Human Services","contact":"Dana Whitfield, caseworker, 515-555-0142"},"parent":{"firstName":"Maria","lastName":"Lopez","email":"maria.lopez@example.org","phone":"515-555-0187","preferredLanguages":["es-MX","en"],"county":"Polk","availability":{"evenings":true,"weekends":false},"fatherToFather":false},"child":{"age":6,"conditionCategories":[]},"case":{"stage":"in-care"},"needs":{"challenges":"Two children placed in foster care in November; the first court review is in January.","reasonForSupport":"Wants someone who has been through reunification.","qualitiesHopedFor":["spanish-speaking"],"preferences":"Evenings after 6 pm."},"consent":{"givenAt":"2026-12-07T16:30:00Z","scope":"referral-and-matching","givenBy":"parent"}}</example>
public sealed partial record SubmitReferralRequest : IValidatableRequest
{
    /// <summary>The program the family is referred to (one the caller acts for).</summary>
    public string? ProgramId { get; init; }

    /// <summary>Who referred the family.</summary>
    public ReferralSource? Source { get; init; }

    /// <summary>The referring organisation; required unless the source is self.</summary>
    public ReferrerInput? Referrer { get; init; }

    /// <summary>The parent being referred.</summary>
    public ParentInput? Parent { get; init; }

    /// <summary>The child the family seeks support for.</summary>
    public ChildInput? Child { get; init; }

    /// <summary>For child welfare: where the family's case stands.</summary>
    public CaseInput? Case { get; init; }

    /// <summary>What the family needs and hopes for.</summary>
    public NeedsInput? Needs { get; init; }

    /// <summary>The parent's consent (required: no referral without it).</summary>
    public ConsentInput? Consent { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .ProgramId("programId", ProgramId)
            .Required("source", Source)
            .Line("referrer.organisation", Referrer?.Organisation, 200)
            .Line("referrer.contact", Referrer?.Contact, 200)
            .Line("consent.scope", Consent?.Scope, 200)
            .Parent(Parent)
            .Child(Child)
            .Case(Case)
            .Needs(Needs, Parent);
        if (Referrer?.OrganisationId is { } organisationId && !ClientIdShape().IsMatch(organisationId))
        {
            errors.Add("referrer.organisationId", "is not a client id (letters, digits, '.', '_' or '-', at most 100).");
        }
        return errors;
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex ClientIdShape();
}
