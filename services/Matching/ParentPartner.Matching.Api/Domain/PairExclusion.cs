using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>A pair never proposed again (a decline, an expired offer).</summary>
public sealed class PairExclusion : IProgramOwned
{
    public Guid ReferralId { get; set; }
    public Guid SupportParentId { get; set; }
    public required string ProgramId { get; set; }
    public ExclusionKind Kind { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}
