using ParentPartner.PayrollStipend.Api.Domain;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>A timesheet with its lines (each with its source), subtotals per earnings code, and warnings.</summary>
public sealed record TimesheetResponse(
    TimesheetSummary Timesheet,
    EmploymentType EmploymentType,
    IReadOnlyList<LineResponse> Lines,
    IReadOnlyDictionary<string, decimal> TotalsByCode,
    IReadOnlyList<PayWarning> Warnings);
