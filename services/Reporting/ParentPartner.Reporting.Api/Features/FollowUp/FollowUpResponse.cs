namespace ParentPartner.Reporting.Api.Features.FollowUp;

/// <summary>
/// A program's follow-up figures month by month: every calendar month the period touches, whole (<see cref="From"/>
/// is the first day of the first month, <see cref="To"/> the last day of the last), and their total.
/// </summary>
public sealed record FollowUpResponse(string ProgramId, DateOnly From, DateOnly To, IReadOnlyList<FollowUpMonth> Months, FollowUpMonth Total);
