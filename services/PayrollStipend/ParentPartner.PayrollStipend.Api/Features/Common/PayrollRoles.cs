using ParentPartner.ServiceDefaults.Auth;

namespace ParentPartner.PayrollStipend.Api.Features.Common;

/// <summary>Who may do what in payroll.</summary>
public static class PayrollRoles
{
    /// <summary>Approve, return, adjust, export and record payments; payee records.</summary>
    public static readonly string[] Approver = [Roles.PayrollApprover];

    /// <summary>Pay policies and payroll settings.</summary>
    public static readonly string[] Settings = [Roles.PayrollApprover, Roles.ProgramAdmin];

    /// <summary>Read a program's periods, timesheets, exports and invoices.</summary>
    public static readonly string[] Readers = [Roles.PayrollApprover, Roles.ProgramCoordinator, Roles.ProgramAdmin];

    /// <summary>Read a timesheet, and submit it: staff, or the support parent it belongs to (anyone else's is a 404).</summary>
    public static readonly string[] ReadersAndOwner = [Roles.PayrollApprover, Roles.ProgramCoordinator, Roles.ProgramAdmin, Roles.SupportParent];

    /// <summary>Submit: the parent partner, or a coordinator on their behalf.</summary>
    public static readonly string[] Submitters = [Roles.SupportParent, Roles.ProgramCoordinator];

    /// <summary>Their own statements, invoices and year to date.</summary>
    public static readonly string[] Self = [Roles.SupportParent];
}
