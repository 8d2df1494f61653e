using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>A program's payroll settings; a program's first use stores these defaults.</summary>
public sealed class PayrollSettings : IProgramOwned
{
    public required string ProgramId { get; init; }
    public string TimeZone { get; set; } = "America/Chicago";
    public PayFrequency Frequency { get; set; } = PayFrequency.Monthly;

    /// <summary>A period start for weekly and biweekly periods (a Monday by default).</summary>
    public DateOnly PeriodAnchor { get; set; } = new(2025, 12, 29);

    public int PayDateLagDays { get; set; } = 10;
    public UnitRounding UnitRounding { get; set; } = UnitRounding.EightMinute;

    /// <summary>The procedure code on the billable-units file (H0038: self-help/peer services, per 15 minutes).</summary>
    public string BillingCode { get; set; } = "H0038";

    /// <summary>Hold a contractor's payment (leave them out of exports) until their W-9 is on file.</summary>
    public bool HoldUntilW9 { get; set; } = true;

    /// <summary>The last invoice number given out in this program; invoices are numbered 1, 2, 3… per program.</summary>
    public int LastInvoiceNumber { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
    public string? UpdatedBy { get; set; }

    public PayCalendar Calendar => new(TimeZone, Frequency, PeriodAnchor, PayDateLagDays);
}
