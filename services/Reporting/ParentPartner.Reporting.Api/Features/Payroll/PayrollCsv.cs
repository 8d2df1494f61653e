namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>The payroll report as long-format CSV rows, month by month and then the total; figure names are the JSON names in kebab-case.</summary>
public static class PayrollCsv
{
    public const string TotalMonth = "total";

    public static IEnumerable<PayrollCsvRow> Rows(PayrollResponse report) =>
        report.Months.Append(report.Total).SelectMany(Rows);

    private static IEnumerable<PayrollCsvRow> Rows(PayrollMonth m)
    {
        var month = m.Month ?? TotalMonth;
        yield return new(month, "payments", "", m.Payments);
        yield return new(month, "payees", "", m.Payees);
        yield return new(month, "hours", "", m.Hours);
        yield return new(month, "amount", "", m.Amount);
        foreach (var row in Breakdown(month, "by-earnings-code", m.ByEarningsCode)) yield return row;
        foreach (var row in Breakdown(month, "by-employment-type", m.ByEmploymentType)) yield return row;
    }

    private static IEnumerable<PayrollCsvRow> Breakdown(string month, string figure, IReadOnlyDictionary<string, PaidFigure> figures)
    {
        foreach (var (key, paid) in figures)
        {
            yield return new(month, figure + "-hours", key, paid.Hours);
            yield return new(month, figure + "-amount", key, paid.Amount);
        }
    }
}
