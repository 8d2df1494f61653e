using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>Test data: a referral and a support parent that match on nothing in particular but are eligible.</summary>
internal static class Build
{
    public const string Program = "test-program-a";
    public static readonly DateTimeOffset Ready = new(2025, 3, 1, 9, 0, 0, TimeSpan.Zero);

    public static SupportParentProfile Parent(Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        ProgramId = Program,
        IsCertified = true,
        Languages = ["en"],
        MaxCaseload = 10,
        ActiveMatches = 0,
    };

    public static WaitingReferral Referral(Guid? id = null) => new()
    {
        Id = id ?? Guid.NewGuid(),
        ProgramId = Program,
        ReadyAt = Ready,
        Languages = ["en"],
    };

    /// <summary>Ids that sort in the given order (Guid comparison is by its fields, so build them from a counter).</summary>
    public static Guid Id(int n) => new(n, 0, 0, new byte[8]);
}
