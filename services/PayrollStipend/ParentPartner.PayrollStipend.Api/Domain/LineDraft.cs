namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>A line the rules want on a timesheet for one source, before it is placed in a period.</summary>
public sealed record LineDraft(EarningsCode Code, DateOnly OccurredOn, decimal Quantity, decimal Rate, decimal Amount, int Minutes = 0);
