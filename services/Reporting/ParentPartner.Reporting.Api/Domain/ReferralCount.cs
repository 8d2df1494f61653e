using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// All-time referrals a program received, by source (kebab-case). A read model kept beside
/// <see cref="ReportedReferral"/>: counted once per referral, the first time its ReferralReceived is applied.
/// </summary>
public sealed class ReferralCount : IProgramOwned
{
    public required string ProgramId { get; set; }

    public required string Source { get; set; }

    public int Received { get; set; }
}
