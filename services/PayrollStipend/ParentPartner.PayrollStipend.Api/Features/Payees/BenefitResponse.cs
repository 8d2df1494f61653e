using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>The benefit the person told payroll about, with consent, and the monthly earnings level that would reduce it.</summary>
public sealed record BenefitResponse(string BenefitKind, decimal MonthlyEarningsLevel, DateTimeOffset ConsentedAt)
{
    public static BenefitResponse? From(Payee p) =>
        p is { BenefitKind: { } kind, BenefitMonthlyLevel: { } level, BenefitConsentAt: { } at } ? new BenefitResponse(kind, level, at) : null;
}
