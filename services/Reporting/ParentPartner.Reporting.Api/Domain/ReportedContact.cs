using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// A logged contact at the highest revision seen (ContactLogged; a lower or equal revision changes nothing, so
/// redelivery and reordering are safe). A voided revision stays as a row so that an older revision arriving
/// later cannot bring the contact back; voided rows are left out of every count. No notes, no miles, no subject.
/// </summary>
public sealed class ReportedContact : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid ContactId { get; set; }

    public int Revision { get; set; }

    public Guid MatchId { get; set; }

    /// <summary>court-hearing, family-team-meeting, one-to-one, phone, text, support-group or other.</summary>
    public required string Kind { get; set; }

    /// <summary>in-person, phone or video.</summary>
    public required string Mode { get; set; }

    public DateTimeOffset StartedAt { get; set; }

    /// <summary>The contact's date in the program's time zone, as scheduling counts it: the month it is reported in.</summary>
    public DateOnly OccurredOn { get; set; }

    public int Minutes { get; set; }

    public bool Voided { get; set; }
}
