using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>A third party may refer; only the parent's own, recorded agreement lets the referral in.</summary>
public static class ConsentRules
{
    public static FieldErrors ParentConsented(this FieldErrors errors, ConsentInput? consent, DateTimeOffset now)
    {
        if (consent is null)
        {
            return errors.Add("consent", "is required: the parent must agree to the referral.");
        }
        errors.Required("consent.givenAt", consent.GivenAt)
              .Required("consent.scope", consent.Scope);
        if (consent.GivenAt > now.AddMinutes(5))
        {
            errors.Add("consent.givenAt", "cannot be in the future.");
        }
        if (consent.GivenBy is ConsentGiver.ThirdParty)
        {
            errors.Add("consent.givenBy", "must be the parent: a referrer cannot consent on the parent's behalf.");
        }
        return errors;
    }
}
