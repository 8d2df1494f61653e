using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.SelfReferral;

/// <summary>
/// The public self-referral form: a parent refers themselves. No source, referrer or timestamps to set —
/// the source is self and the consent is the parent's own, given now (unknown fields are refused).
/// </summary>
/// <example>{"programId":"ia-parent-partner","parent":{"firstName":"James","lastName":"Carter","email":"james.carter@example.org","phone":"319-555-0163","preferredLanguages":["en"],"county":"Linn","availability":{"evenings":true,"weekends":true},"fatherToFather":true},"child":{"age":4,"conditionCategories":["autism"]},"needs":{"challenges":"Our son was diagnosed with autism last month.","reasonForSupport":"I would like to talk to another dad who has been through this.","qualitiesHopedFor":["same-diagnosis"]},"consent":{"agreed":true}}</example>
public sealed record SelfReferralRequest : IValidatableRequest
{
    /// <summary>The program the parent asks to join (one that accepts self-referrals).</summary>
    public string? ProgramId { get; init; }

    /// <summary>The parent filling in the form.</summary>
    public ParentInput? Parent { get; init; }

    /// <summary>The child the family seeks support for.</summary>
    public ChildInput? Child { get; init; }

    /// <summary>For child welfare: where the family's case stands.</summary>
    public CaseInput? Case { get; init; }

    /// <summary>What the family needs and hopes for.</summary>
    public NeedsInput? Needs { get; init; }

    /// <summary>The form's consent box.</summary>
    public SelfReferralConsentInput? Consent { get; init; }

    public FieldErrors Validate() =>
        new FieldErrors()
            .ProgramId("programId", ProgramId)
            .Parent(Parent)
            .Child(Child)
            .Case(Case)
            .Needs(Needs, Parent);
}
