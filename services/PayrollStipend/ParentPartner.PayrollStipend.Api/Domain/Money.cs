namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// US dollars as decimal. The one rounding rule: each line's amount is its exact quantity times its rate, rounded
/// to the cent half away from zero (0.005 → 0.01). Totals are sums of line amounts and are never rounded again, so a
/// total always equals the sum of the lines it shows.
/// </summary>
public static class Money
{
    public static decimal Cents(decimal exact) => Math.Round(exact, 2, MidpointRounding.AwayFromZero);

    /// <summary>Hours from minutes, to four places (display and CSV); amounts are computed from the minutes themselves.</summary>
    public static decimal Hours(int minutes) => Math.Round(minutes / 60m, 4, MidpointRounding.AwayFromZero);

    public static decimal Total(IEnumerable<decimal> lineAmounts) => lineAmounts.Sum();
}
