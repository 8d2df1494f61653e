using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>
/// The programs' intake rules: no anonymous referral (the parent is named and reachable) and none
/// without the parent's own consent (a third party may refer, the parent must agree).
/// </summary>
public static class IntakeRules
{
    public const string Reason =
        "No anonymous referrals, and none without the parent's own consent: the parent's name, a way to reach them, and their consent are required.";

    public static FieldErrors NotAnonymous(this FieldErrors errors, ParentInput? parent)
    {
        if (parent is null)
        {
            return errors.Add("parent", "is required: referrals cannot be anonymous.");
        }
        errors.Required("parent.firstName", parent.FirstName)
              .Required("parent.lastName", parent.LastName);
        if (string.IsNullOrWhiteSpace(parent.Email) && string.IsNullOrWhiteSpace(parent.Phone))
        {
            errors.Add("parent", "needs at least one contact method (email or phone).");
        }
        return errors;
    }
}
