namespace ParentPartner.DemoSeed.Programs;

/// <summary>Who serves in a program: the support parents' languages, how they are engaged and how many families each can take, and who trains them where.</summary>
public sealed record SupportParentPool
{
    public required IReadOnlyList<Weighted<LanguageGroup>> Languages { get; init; }

    public required IReadOnlyList<Weighted<EmploymentType>> EmploymentTypes { get; init; }

    public required int MinCaseload { get; init; }

    public required int MaxCaseload { get; init; }

    /// <summary>Share of support parents who are fathers (and so can take a father-to-father match).</summary>
    public required float Fathers { get; init; }

    public required string[] Trainers { get; init; }

    /// <summary>Where cohorts meet: rooms, or a video link.</summary>
    public required string[] Venues { get; init; }
}
