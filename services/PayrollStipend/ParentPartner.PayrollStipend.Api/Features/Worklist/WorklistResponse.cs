using ParentPartner.PayrollStipend.Api.Features.Common;
using ParentPartner.PayrollStipend.Api.Features.Periods;

namespace ParentPartner.PayrollStipend.Api.Features.Worklist;

/// <summary>The approver's work: timesheets waiting for a decision (never their own), overdue periods, contractors held for a W-9.</summary>
public sealed record WorklistResponse(IReadOnlyList<TimesheetSummary> ToApprove, IReadOnlyList<PeriodResponse> OverduePeriods, int HeldForW9);
