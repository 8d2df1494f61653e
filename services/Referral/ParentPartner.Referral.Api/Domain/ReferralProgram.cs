using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>What referral needs to know about a program: its kind, time zone, and whether the public form is open for it.</summary>
public sealed class ReferralProgram : IProgramOwned
{
    public required string ProgramId { get; set; }

    public required string Name { get; set; }

    public ProgramKind Kind { get; set; }

    /// <summary>IANA time zone id ("America/Chicago").</summary>
    public required string TimeZone { get; set; }

    public bool AcceptingSelfReferrals { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string? UpdatedBy { get; set; }
}
