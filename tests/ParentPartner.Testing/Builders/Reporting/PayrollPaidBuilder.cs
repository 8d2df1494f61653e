using ParentPartner.Contracts.Payroll;

namespace ParentPartner.Testing.Builders.Reporting;

/// <summary>What payroll-stipend publishes when a period's pay is recorded as paid: one batch's totals per earnings code and employment type.</summary>
public sealed class PayrollPaidBuilder(string programId, DateOnly paidOn)
{
    private readonly List<PaidEarnings> _earnings = [];
    private Guid _paymentId = Guid.NewGuid();
    private int _payees = 1;
    private DateOnly? _periodStartsOn;

    public Guid PaymentId => _paymentId;

    public PayrollPaidBuilder Earning(string code, string employmentType, decimal hours, decimal amount)
    {
        _earnings.Add(new PaidEarnings { ProgramId = programId, Code = code, EmploymentType = employmentType, Hours = hours, Amount = amount });
        return this;
    }

    public PayrollPaidBuilder Payees(int count)
    {
        _payees = count;
        return this;
    }

    /// <summary>The pay period (a month long) starts on this day; by default the month before the payment.</summary>
    public PayrollPaidBuilder ForPeriodStarting(DateOnly startsOn)
    {
        _periodStartsOn = startsOn;
        return this;
    }

    public PayrollPaidBuilder WithPaymentId(Guid paymentId)
    {
        _paymentId = paymentId;
        return this;
    }

    public PayrollPaid Build()
    {
        var starts = _periodStartsOn ?? new DateOnly(paidOn.Year, paidOn.Month, 1).AddMonths(-1);
        return new PayrollPaid
        {
            PaymentId = _paymentId,
            ProgramId = programId,
            PeriodId = Guid.NewGuid(),
            PeriodStartsOn = starts,
            PeriodEndsOn = starts.AddMonths(1).AddDays(-1),
            PaidOn = paidOn,
            PayeeCount = _payees,
            Earnings = [.. _earnings],
            TotalAmount = _earnings.Sum(e => e.Amount),
            RecordedAt = new DateTimeOffset(paidOn.ToDateTime(new TimeOnly(16, 0)), TimeSpan.Zero),
        };
    }
}
