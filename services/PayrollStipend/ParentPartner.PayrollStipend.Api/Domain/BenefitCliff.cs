namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// The benefit-cliff guard: a warning (never a block) when a month's earnings would pass the level the person
/// recorded as the point where their benefit is reduced. The level is theirs to give (e.g. for SSI, earnings
/// above $20 + $65 excluded reduce the benefit by half of the rest); payroll only compares.
/// </summary>
public static class BenefitCliff
{
    public static bool WouldCross(decimal? monthlyLevel, decimal monthEarnings) => monthlyLevel is { } level && monthEarnings > level;

    /// <summary>The SSI earned-income exclusions ($20 general + $65 earned): earnings above this start to reduce SSI.</summary>
    public const decimal SsiExcludedEarnings = 85m;
}
