namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>
/// A program's paid payroll month by month: every calendar month the period touches, whole (<see cref="From"/>
/// is the first day of the first month, <see cref="To"/> the last day of the last), and their total.
/// </summary>
public sealed record PayrollResponse(string ProgramId, DateOnly From, DateOnly To, IReadOnlyList<PayrollMonth> Months, PayrollMonth Total);
