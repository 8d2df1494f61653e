using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>A family's request for a support parent, from intake to close.</summary>
public sealed class Referral : IProgramOwned
{
    public Guid Id { get; set; }

    public required string ProgramId { get; set; }

    public ReferralSource Source { get; set; }

    public string? ReferrerOrganisation { get; set; }

    public string? ReferrerContact { get; set; }

    public ReferralStatus Status { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }

    public required ParentContact Parent { get; set; }

    public required Consent Consent { get; set; }

    /// <summary>Who took the referral in (token subject), for the audit trail.</summary>
    public string? CreatedBy { get; set; }
}
