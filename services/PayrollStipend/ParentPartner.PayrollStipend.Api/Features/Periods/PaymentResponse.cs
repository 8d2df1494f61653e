namespace ParentPartner.PayrollStipend.Api.Features.Periods;

/// <summary>A recorded payment of a period's exported timesheets.</summary>
/// <param name="PaymentId">The payment's id.</param>
/// <param name="PeriodId">The period paid.</param>
/// <param name="PaidOn">The day it was paid.</param>
/// <param name="TimesheetCount">Timesheets the payment covered.</param>
/// <param name="Total">Amount paid, in US dollars.</param>
public sealed record PaymentResponse(Guid PaymentId, Guid PeriodId, DateOnly PaidOn, int TimesheetCount, decimal Total);
