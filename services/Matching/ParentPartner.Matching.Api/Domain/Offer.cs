using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>A proposed pair put to the support parent, open until it is answered or expires.</summary>
public sealed class Offer : IProgramOwned
{
    public Guid Id { get; set; }
    public required string ProgramId { get; set; }
    public Guid ReferralId { get; set; }
    public Guid SupportParentId { get; set; }
    public OfferStatus Status { get; set; }
    public DateTimeOffset OfferedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public required string OfferedBy { get; set; }
    public DateTimeOffset? AnsweredAt { get; set; }
    public string? DeclineReason { get; set; }
}
