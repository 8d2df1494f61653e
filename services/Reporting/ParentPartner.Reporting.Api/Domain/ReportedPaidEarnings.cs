using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>One earnings code and employment type's share of a payment (payment id, code and type are the natural key).</summary>
public sealed class ReportedPaidEarnings : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid PaymentId { get; set; }

    /// <summary>court-hearing, family-team-meeting, one-to-one, phone, support-group, training, other, mileage, match-stipend, training-stipend, monthly-cap or adjustment.</summary>
    public required string Code { get; set; }

    /// <summary>employee, contractor or volunteer.</summary>
    public required string EmploymentType { get; set; }

    /// <summary>The payment's date, kept on each row so the report filters without a join.</summary>
    public DateOnly PaidOn { get; set; }

    /// <summary>0 for codes not paid by the hour.</summary>
    public decimal Hours { get; set; }

    public decimal Amount { get; set; }
}
