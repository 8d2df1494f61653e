using ParentPartner.Referral.Api.Features.Intake;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.SelfReferral;

/// <summary>
/// The public self-referral form: a parent refers themselves. No source, referrer or timestamps to set —
/// the source is self and the consent is the parent's own, given now (unknown fields are refused).
/// </summary>
public sealed record SelfReferralRequest : IValidatableRequest
{
    public string? ProgramId { get; init; }

    public ParentInput? Parent { get; init; }

    public ChildInput? Child { get; init; }

    public CaseInput? Case { get; init; }

    public NeedsInput? Needs { get; init; }

    public SelfReferralConsentInput? Consent { get; init; }

    public FieldErrors Validate() =>
        new FieldErrors()
            .ProgramId("programId", ProgramId)
            .Parent(Parent)
            .Child(Child)
            .Case(Case)
            .Needs(Needs, Parent);
}
