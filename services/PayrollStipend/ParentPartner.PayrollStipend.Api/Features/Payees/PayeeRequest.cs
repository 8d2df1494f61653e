using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.PayrollStipend.Api.Features.Payees;

/// <summary>What payroll itself records about a payee: the legal name for invoices and the payroll file, and whether a W-9 is on file.</summary>
/// <example>{"legalName":"Angela Marie Brooks","w9OnFile":true}</example>
public sealed record PayeeRequest : IValidatableRequest
{
    /// <summary>The payee's legal name as on the W-9 and invoices (at most 200 characters).</summary>
    public string? LegalName { get; init; }

    /// <summary>Whether the program holds the payee's W-9 (contractors are paid only with one, when the program says so).</summary>
    /// <example>true</example>
    public bool? W9OnFile { get; init; }

    public FieldErrors Validate() => new FieldErrors().Text("legalName", LegalName, 200, required: true).Required("w9OnFile", W9OnFile);
}
