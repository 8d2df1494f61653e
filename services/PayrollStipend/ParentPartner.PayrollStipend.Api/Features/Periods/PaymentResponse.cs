namespace ParentPartner.PayrollStipend.Api.Features.Periods;

public sealed record PaymentResponse(Guid PaymentId, Guid PeriodId, DateOnly PaidOn, int TimesheetCount, decimal Total);
