using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>The highest revision of a logged contact payroll has seen (lower and equal revisions are ignored).</summary>
public sealed class ContactRecord : IProgramOwned
{
    public Guid ContactId { get; init; }
    public required string ProgramId { get; init; }
    public Guid SupportParentId { get; init; }
    public Guid MatchId { get; init; }
    public int Revision { get; set; }
    public string Kind { get; set; } = "";
    public DateOnly OccurredOn { get; set; }
    public int Minutes { get; set; }
    public decimal Miles { get; set; }
    public bool Voided { get; set; }
    public Guid? MessageId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
