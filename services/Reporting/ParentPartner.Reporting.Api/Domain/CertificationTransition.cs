using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>
/// "From this instant the support parent was certified / lapsed / withdrawn". A support parent's status at
/// any moment is the latest transition up to it (ties: withdrawn over lapsed over certified), so the events
/// can arrive in any order and a duplicate is the same row.
/// </summary>
public sealed class CertificationTransition : IProgramOwned
{
    public const string Certified = "certified";
    public const string Lapsed = "lapsed";
    public const string Withdrawn = "withdrawn";

    public required string ProgramId { get; set; }

    public Guid SupportParentId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Status { get; set; }

    public int Rank { get; set; }

    public static int RankOf(string status) => status switch
    {
        Withdrawn => 2,
        Lapsed => 1,
        _ => 0,
    };
}
