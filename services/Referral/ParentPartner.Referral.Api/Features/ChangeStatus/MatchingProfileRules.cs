using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.ChangeStatus;

/// <summary>
/// A referral is ready for matching only with what matching needs: a language the parent can use, and the
/// child's condition categories and age (P2P) or the case stage (child welfare). When referral does not
/// know the program's kind, either will do.
/// </summary>
public static class MatchingProfileRules
{
    public const string Reason = "The referral lacks what matching needs; complete the intake before it is ready for matching.";

    public static FieldErrors Check(Domain.Referral referral, ProgramKind? kind)
    {
        var errors = new FieldErrors();
        if (referral.Parent.PreferredLanguages.Count == 0)
        {
            errors.Add("parent.preferredLanguages", "needs at least one language the parent can use.");
        }
        switch (kind)
        {
            case ProgramKind.P2p:
                if (referral.Child.Age is null)
                {
                    errors.Add("child.age", "is needed to match in a Parent to Parent program.");
                }
                if (referral.Child.ConditionCategories.Count == 0)
                {
                    errors.Add("child.conditionCategories", "needs at least one category to match in a Parent to Parent program.");
                }
                break;
            case ProgramKind.ChildWelfare:
                if (referral.CaseStage is null)
                {
                    errors.Add("case.stage", "is needed to match in a child-welfare program.");
                }
                break;
            default:
                if (referral.CaseStage is null && referral.Child.ConditionCategories.Count == 0)
                {
                    errors.Add("child.conditionCategories", "or case.stage is needed to match.");
                }
                break;
        }
        return errors;
    }
}
