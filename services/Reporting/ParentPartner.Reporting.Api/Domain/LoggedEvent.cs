using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// The append-only log of every event reporting consumed, written in the consumer's transaction. The read
/// models can be thrown away and rebuilt from it. The one edit ever made: a revoked consent redacts the
/// family's matching profile inside the referral's logged events (counts and dates stay).
/// </summary>
public sealed class LoggedEvent : IProgramOwned
{
    public long Sequence { get; set; }

    public Guid MessageId { get; set; }

    public required string MessageType { get; set; }

    public required string ProgramId { get; set; }

    /// <summary>The referral the event is about, when there is one (to find it again on consent revocation).</summary>
    public Guid? ReferralId { get; set; }

    public DateTimeOffset LoggedAt { get; set; }

    public required string Payload { get; set; }
}
