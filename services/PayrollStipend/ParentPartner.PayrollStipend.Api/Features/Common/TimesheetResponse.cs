using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>A timesheet with its lines (each with its source), subtotals per earnings code, and warnings.</summary>
/// <param name="Timesheet">The timesheet.</param>
/// <param name="EmploymentType">How the person is paid.</param>
/// <param name="Lines">Every line with its source.</param>
/// <param name="TotalsByCode">Dollars per earnings code (kebab-case keys).</param>
/// <param name="Warnings">What the approver and the person should know; never a block.</param>
public sealed record TimesheetResponse(
    TimesheetSummary Timesheet,
    EmploymentType EmploymentType,
    IReadOnlyList<LineResponse> Lines,
    IReadOnlyDictionary<string, decimal> TotalsByCode,
    IReadOnlyList<PayWarning> Warnings);
