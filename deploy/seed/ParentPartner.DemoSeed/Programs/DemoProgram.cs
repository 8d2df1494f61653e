namespace ParentPartner.DemoSeed.Programs;

/// <summary>
/// One demo program and what its families look like: where they live, which languages they use and
/// who refers them. Referrer organisations are templates over {county}.
/// </summary>
public sealed record DemoProgram
{
    public required string ProgramId { get; init; }

    /// <summary>The demo user (password grant) who takes in this program's referrals.</summary>
    public required string Coordinator { get; init; }

    public required int Referrals { get; init; }

    /// <summary>Bogus seed: the same program always gets the same families.</summary>
    public required int Seed { get; init; }

    public required IReadOnlyList<Weighted<County>> Counties { get; init; }

    public required IReadOnlyList<Weighted<LanguageGroup>> Languages { get; init; }

    /// <summary>Referral source (wire name) → how often.</summary>
    public required IReadOnlyList<Weighted<string>> Sources { get; init; }

    /// <summary>Referral source → referring organisations; "self" has none.</summary>
    public required IReadOnlyDictionary<string, string[]> Referrers { get; init; }
}
