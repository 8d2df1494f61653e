using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// A re-entry into care from ReferralReEntryRecorded, one per referral and day. Counted against the
/// reunification it follows from the moment it was recorded (<see cref="RecordedAt"/>): an outcome is known then.
/// </summary>
public sealed class ReportedReEntry : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid ReferralId { get; set; }

    public DateOnly EnteredCareOn { get; set; }

    public Guid? MatchId { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
