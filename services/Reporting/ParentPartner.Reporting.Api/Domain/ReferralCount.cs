using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>Referrals a program received, by source. Built from ReferralReceived events only.</summary>
public sealed class ReferralCount : IProgramOwned
{
    public required string ProgramId { get; set; }

    public required string Source { get; set; }

    public int Received { get; set; }
}
