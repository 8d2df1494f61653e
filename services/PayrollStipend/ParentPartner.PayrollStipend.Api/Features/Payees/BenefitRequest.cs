using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>
/// The benefit-cliff guard's data, recorded only with the person's consent. Example (SSI):
/// {"benefitKind":"ssi","monthlyEarningsLevel":85,"consent":true}. Stays in payroll: never in an event or a log.
/// </summary>
public sealed record BenefitRequest : IValidatableRequest
{
    /// <summary>A kebab-case code: ssi, ssdi, snap, medicaid, tanf, housing, other.</summary>
    /// <example>"ssi"</example>
    public string? BenefitKind { get; init; }

    /// <summary>The monthly earnings (dollars) above which the person's benefit is at risk; pay warns before reaching it.</summary>
    /// <example>1690.00</example>
    public decimal? MonthlyEarningsLevel { get; init; }

    /// <summary>Must be true: the person agreed to payroll keeping this.</summary>
    /// <example>true</example>
    public bool? Consent { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors().Required("benefitKind", BenefitKind).Dollars("monthlyEarningsLevel", MonthlyEarningsLevel, 0, 100000);
        if (BenefitKind is not null && !TextRules.IsSlug(BenefitKind))
        {
            errors.Add("benefitKind", "is not a kebab-case code (e.g. ssi).");
        }
        return Consent == true ? errors : errors.Add("consent", "must be true: the person's consent is needed to keep this.");
    }
}
