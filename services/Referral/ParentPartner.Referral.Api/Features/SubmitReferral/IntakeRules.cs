using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>
/// The programs' intake rules: no anonymous referral (the parent is named and reachable) and none
/// without the parent's own consent (a third party may refer, the parent must agree).
/// </summary>
public static class IntakeRules
{
    public static FieldErrors Check(SubmitReferralRequest request, DateTimeOffset now)
    {
        var errors = new FieldErrors();
        if (request.Parent is null)
        {
            return errors.Add("parent", "is required: referrals cannot be anonymous.");
        }
        errors.Required("parent.firstName", request.Parent.FirstName)
              .Required("parent.lastName", request.Parent.LastName);
        if (string.IsNullOrWhiteSpace(request.Parent.Email) && string.IsNullOrWhiteSpace(request.Parent.Phone))
        {
            errors.Add("parent", "needs at least one contact method (email or phone).");
        }

        if (request.Consent is null)
        {
            return errors.Add("consent", "is required: the parent must agree to the referral.");
        }
        errors.Required("consent.givenAt", request.Consent.GivenAt)
              .Required("consent.scope", request.Consent.Scope);
        if (request.Consent.GivenAt > now.AddMinutes(5))
        {
            errors.Add("consent.givenAt", "cannot be in the future.");
        }
        return errors;
    }
}
