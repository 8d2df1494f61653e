using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>
/// A child of a reunified family re-entered care, recorded when it happened: the outcome reporting counts as
/// re-entry within 12 or 24 months of reunification. One per referral and day.
/// </summary>
public sealed class ReEntry : IProgramOwned
{
    public Guid Id { get; set; }

    public Guid ReferralId { get; set; }

    public required string ProgramId { get; set; }

    /// <summary>The match that ended "reunified".</summary>
    public Guid? MatchId { get; set; }

    /// <summary>The day of reunification (the match's end) on the program's calendar.</summary>
    public DateOnly ReunifiedOn { get; set; }

    public DateOnly EnteredCareOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    public string? RecordedBy { get; set; }
}
