using ParentPartner.Reporting.Api.Domain;
using ParentPartner.Reporting.Api.Features.Payroll;

namespace ParentPartner.Reporting.Tests.Rules;

/// <summary>The payroll rules on rows alone: the payment date's month decides, payees add up per batch, empty months are zeros.</summary>
public sealed class PayrollTabulationTests
{
    private static readonly DateOnly March = new(2026, 3, 1);
    private static readonly DateOnly April = new(2026, 4, 1);

    private static (ReportedPayment Payment, ReportedPaidEarnings[] Lines) Paid(DateOnly on, int payees, params (string Code, string Type, decimal Hours, decimal Amount)[] lines)
    {
        var id = Guid.NewGuid();
        var earnings = lines.Select(l => new ReportedPaidEarnings
        {
            ProgramId = "p", PaymentId = id, Code = l.Code, EmploymentType = l.Type, PaidOn = on, Hours = l.Hours, Amount = l.Amount,
        }).ToArray();
        return (new ReportedPayment { ProgramId = "p", PaymentId = id, PaidOn = on, PayeeCount = payees, TotalAmount = earnings.Sum(e => e.Amount) }, earnings);
    }

    [Fact]
    public void Months_go_by_the_payment_date_and_the_total_sums_only_the_months_asked_for()
    {
        var march = Paid(new DateOnly(2026, 3, 31), 2, ("court-hearing", "employee", 1.5000m, 30m), ("mileage", "employee", 0m, 7.25m));
        var april = Paid(new DateOnly(2026, 4, 1), 3, ("court-hearing", "contractor", 2.2500m, 45m));
        var may = Paid(new DateOnly(2026, 5, 1), 9, ("court-hearing", "contractor", 8m, 160m));

        var (months, total) = PayrollTabulation.Build(
            [March, April], [march.Payment, april.Payment, may.Payment], [.. march.Lines, .. april.Lines, .. may.Lines]);

        Assert.Equal(["2026-03", "2026-04"], months.Select(m => m.Month));
        Assert.Equal(37.25m, months[0].Amount);
        Assert.Equal(2, months[0].Payees);
        Assert.Equal(new PaidFigure(0m, 7.25m), months[0].ByEarningsCode["mileage"]);
        Assert.Equal(5, total.Payees);
        Assert.Equal(2, total.Payments);
        Assert.Equal(3.75m, total.Hours);
        Assert.Equal("3.75", total.Hours.ToString(System.Globalization.CultureInfo.InvariantCulture)); // no trailing zeros
        Assert.Equal(new PaidFigure(3.75m, 75m), total.ByEarningsCode["court-hearing"]);
        Assert.Equal(new PaidFigure(2.25m, 45m), total.ByEmploymentType["contractor"]);
    }

    [Fact]
    public void A_month_without_payments_is_zeros_not_missing()
    {
        var (months, total) = PayrollTabulation.Build([March], [], []);

        var month = Assert.Single(months);
        Assert.Equal(0, month.Payments);
        Assert.Equal(0m, month.Amount);
        Assert.Empty(month.ByEarningsCode);
        Assert.Null(total.Month);
    }
}
