using System.Globalization;
using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.FollowUp;

namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>The payroll figures from rows already read (no database, so the rules are tested on their own).</summary>
public static class PayrollTabulation
{
    public static (IReadOnlyList<PayrollMonth> Months, PayrollMonth Total) Build(
        IReadOnlyList<DateOnly> months, IReadOnlyList<ReportedPayment> payments, IReadOnlyList<ReportedPaidEarnings> earnings)
    {
        var paymentsByMonth = payments.ToLookup(p => ReportMonths.Of(p.PaidOn));
        var earningsByMonth = earnings.ToLookup(e => ReportMonths.Of(e.PaidOn));
        var rows = months.Select(month => Figures(ReportMonths.Name(month), paymentsByMonth[month], earningsByMonth[month])).ToList();
        var inMonths = months.ToHashSet();
        var total = Figures(
            null,
            payments.Where(p => inMonths.Contains(ReportMonths.Of(p.PaidOn))),
            earnings.Where(e => inMonths.Contains(ReportMonths.Of(e.PaidOn))));
        return (rows, total);
    }

    private static PayrollMonth Figures(string? month, IEnumerable<ReportedPayment> payments, IEnumerable<ReportedPaidEarnings> earnings)
    {
        var batch = payments.ToList();
        var lines = earnings.ToList();
        return new PayrollMonth(
            month,
            batch.Count,
            batch.Sum(p => p.PayeeCount),
            Hours(lines.Sum(e => e.Hours)),
            batch.Sum(p => p.TotalAmount),
            By(lines, e => e.Code),
            By(lines, e => e.EmploymentType));
    }

    // The column keeps 4 places (minutes / 60); shown without trailing zeros (1.5 hours, not 1.5000). Amounts keep their cents.
    private static decimal Hours(decimal hours) =>
        decimal.Parse(hours.ToString("0.####", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    // Sorted so the same rows always give the same document (a rebuild is compared byte for byte).
    private static SortedDictionary<string, PaidFigure> By(IEnumerable<ReportedPaidEarnings> lines, Func<ReportedPaidEarnings, string> key)
    {
        var figures = new SortedDictionary<string, PaidFigure>(StringComparer.Ordinal);
        foreach (var group in lines.GroupBy(key))
        {
            figures[group.Key] = new PaidFigure(Hours(group.Sum(e => e.Hours)), group.Sum(e => e.Amount));
        }
        return figures;
    }
}
