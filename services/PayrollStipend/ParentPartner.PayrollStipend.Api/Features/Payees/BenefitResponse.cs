using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>The benefit the person told payroll about, with consent, and the monthly earnings level that would reduce it.</summary>
/// <param name="BenefitKind">The kind of benefit (e.g. ssi).</param>
/// <param name="MonthlyEarningsLevel">Monthly earnings in dollars above which the benefit is at risk; pay warns before it.</param>
/// <param name="ConsentedAt">When the person consented to payroll holding this (UTC).</param>
public sealed record BenefitResponse(string BenefitKind, decimal MonthlyEarningsLevel, DateTimeOffset ConsentedAt)
{
    public static BenefitResponse? From(Payee p) =>
        p is { BenefitKind: { } kind, BenefitMonthlyLevel: { } level, BenefitConsentAt: { } at } ? new BenefitResponse(kind, level, at) : null;
}
