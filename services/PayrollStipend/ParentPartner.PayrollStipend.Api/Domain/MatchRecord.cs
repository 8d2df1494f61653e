using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.PayrollStipend.Api.Domain;

/// <summary>A match, for its stipend: the match id and its dates only, nothing about the family.</summary>
public sealed class MatchRecord : IProgramOwned
{
    public Guid MatchId { get; init; }
    public required string ProgramId { get; init; }
    public Guid SupportParentId { get; init; }
    public DateOnly MatchedOn { get; set; }
    public DateOnly? EndedOn { get; set; }
    public Guid? MadeMessageId { get; set; }
    public Guid? EndedMessageId { get; set; }
}
