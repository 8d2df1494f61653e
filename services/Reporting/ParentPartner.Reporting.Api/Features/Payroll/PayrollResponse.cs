namespace ParentPartner.Reporting.Api.Features.Payroll;

/// <summary>
/// A program's paid payroll month by month: every calendar month the period touches, whole (<see cref="From"/>
/// is the first day of the first month, <see cref="To"/> the last day of the last), and their total.
/// </summary>
/// <param name="ProgramId">The program.</param>
/// <param name="From">The first day of the first month.</param>
/// <param name="To">The last day of the last month.</param>
/// <param name="Months">One entry per calendar month, oldest first.</param>
/// <param name="Total">The whole period's figures (month null).</param>
public sealed record PayrollResponse(string ProgramId, DateOnly From, DateOnly To, IReadOnlyList<PayrollMonth> Months, PayrollMonth Total);
