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

    /// <summary>Who answered or withdrew it: the support parent's subject, a coordinator's, or "system" for an expiry.</summary>
    public string? AnsweredBy { get; set; }

    /// <summary>How the answer came in; null for an expiry or a withdrawal.</summary>
    public AnswerChannel? AnswerChannel { get; set; }

    /// <summary>A coordinator's reason code for withdrawing the offer.</summary>
    public string? WithdrawReason { get; set; }
}
