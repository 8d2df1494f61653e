using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Matching.Api.Domain;

/// <summary>
/// How the matched support parent may reach the family, from referral's ReferralContactShared, as far as the family's
/// consent scope allowed. Personal data: kept apart from the matching profile, shown only to the match's own support
/// parent and the program's coordinators (each read audited), and deleted when consent is revoked.
/// </summary>
public sealed class FamilyContact : IProgramOwned
{
    public Guid ReferralId { get; set; }
    public required string ProgramId { get; set; }
    public required string ConsentScope { get; set; }
    public string? FirstName { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? PreferredContact { get; set; }
    public DateTimeOffset SharedAt { get; set; }
}
