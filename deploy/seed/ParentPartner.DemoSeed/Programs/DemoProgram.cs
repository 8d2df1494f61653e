using ParentPartner.DemoSeed.Settings;

namespace ParentPartner.DemoSeed.Programs;

/// <summary>
/// One demo program: how the services know it, who works in it, what its families and its support
/// parents look like. Referrer organisations are templates over {county}.
/// </summary>
public sealed record DemoProgram
{
    public required string ProgramId { get; init; }

    public required string Name { get; init; }

    public required ProgramKind Kind { get; init; }

    /// <summary>USPS code, for the alliance report.</summary>
    public required string StateCode { get; init; }

    /// <summary>IANA id: sessions and "today" are in this zone.</summary>
    public required string TimeZone { get; init; }

    /// <summary>The demo user (password grant) who takes in and screens this program's referrals.</summary>
    public required string Coordinator { get; init; }

    /// <summary>The demo user who sets the program up and runs its training (program admins are training staff).</summary>
    public required string Admin { get; init; }

    /// <summary>The demo support-parent account: one certified support parent's record is linked to it.</summary>
    public required string SupportParentAccount { get; init; }

    public required int Referrals { get; init; }

    public required int SupportParents { get; init; }

    /// <summary>Bogus seed: the same program always gets the same families and support parents.</summary>
    public required int Seed { get; init; }

    public required IReadOnlyList<Weighted<County>> Counties { get; init; }

    /// <summary>The families' languages.</summary>
    public required IReadOnlyList<Weighted<LanguageGroup>> Languages { get; init; }

    /// <summary>Referral source (wire name) → how often.</summary>
    public required IReadOnlyList<Weighted<string>> Sources { get; init; }

    /// <summary>Referral source → referring organisations; "self" has none.</summary>
    public required IReadOnlyDictionary<string, string[]> Referrers { get; init; }

    /// <summary>Parent to Parent only: the children's condition categories, shared by families and support parents.</summary>
    public IReadOnlyList<Weighted<ConditionCategory>> ConditionCategories { get; init; } = [];

    public required SupportParentPool Pool { get; init; }

    /// <summary>Training's default maximum caseload for a support parent who gives none.</summary>
    public required int DefaultMaxCaseload { get; init; }

    public required MatchingWeights MatchingWeights { get; init; }
}
