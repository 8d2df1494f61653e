namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>
/// The 1099-NEC reporting threshold by the year a payment was made (not the year the work was done): $600 for
/// payments made in 2025 and earlier, $2,000 for payments made from 2026 (the One Big Beautiful Bill Act; indexed
/// for inflation from 2027, so later years get their own rows as the IRS publishes them).
/// </summary>
public static class Form1099Thresholds
{
    private static readonly SortedList<int, decimal> FromYear = new()
    {
        [2000] = 600m,
        [2026] = 2000m,
    };

    public static decimal For(int paymentYear)
    {
        var threshold = FromYear.Values[0];
        foreach (var (year, amount) in FromYear)
        {
            if (year <= paymentYear)
            {
                threshold = amount;
            }
        }
        return threshold;
    }

    public static bool MustReport(decimal paidInYear, int paymentYear) => paidInYear >= For(paymentYear);
}
