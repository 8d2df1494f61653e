using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.Periods;

namespace ParentPartner.PayrollStipend.Api.Features.Worklist;

/// <summary>The approver's work: timesheets waiting for a decision (never their own), overdue periods, contractors held for a W-9.</summary>
/// <param name="ToApprove">Submitted timesheets waiting for a decision (never the caller's own).</param>
/// <param name="OverduePeriods">Periods past their pay date with pay not yet recorded as paid.</param>
/// <param name="HeldForW9">Contractors whose pay is held until a W-9 is on file.</param>
public sealed record WorklistResponse(IReadOnlyList<TimesheetSummary> ToApprove, IReadOnlyList<PeriodResponse> OverduePeriods, int HeldForW9);
