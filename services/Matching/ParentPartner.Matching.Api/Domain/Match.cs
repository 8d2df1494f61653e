using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>An accepted offer: the family and the support parent are matched until it ends.</summary>
public sealed class Match : IProgramOwned
{
    public Guid Id { get; set; }
    public required string ProgramId { get; set; }
    public Guid ReferralId { get; set; }
    public Guid SupportParentId { get; set; }
    public Guid OfferId { get; set; }
    public DateTimeOffset ReadyAt { get; set; }
    public DateTimeOffset MadeAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public EndReason? EndReason { get; set; }
}
