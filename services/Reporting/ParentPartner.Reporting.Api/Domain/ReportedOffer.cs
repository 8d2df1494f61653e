using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>An offer to a support parent: made, declined (with a reason code) or expired.</summary>
public sealed class ReportedOffer : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid OfferId { get; set; }

    public Guid? ReferralId { get; set; }

    public Guid? SupportParentId { get; set; }

    public DateTimeOffset? OfferedAt { get; set; }

    public DateTimeOffset? DeclinedAt { get; set; }

    public string? DeclineReason { get; set; }

    public DateTimeOffset? ExpiredAt { get; set; }
}
