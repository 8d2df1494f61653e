namespace ParentPartner.AllianceHub.Tests;

internal static class Programs
{
    /// <summary>A program id no other test uses (the hub's natural key includes it).</summary>
    public static string NewId(string hint = "p") => $"{hint}-{Guid.NewGuid():N}"[..Math.Min(40, hint.Length + 13)];

    /// <summary>A small program: every count but the referrals and information requests is from 1 to 10, so suppressed.</summary>
    public static IReadOnlyDictionary<string, int> SmallProgram { get; } = new Dictionary<string, int>
    {
        ["referrals-received"] = 30,
        ["information-requests"] = 50,
        ["matches-made"] = 7,
        ["matches-active-at-year-end"] = 5,
        ["support-parents-active"] = 3,
        ["trainings-completed"] = 2,
        ["outcome-goals-met"] = 0,
        ["outcome-family-withdrew"] = 0,
        ["outcome-reunified"] = 0,
        ["outcome-case-closed"] = 0,
        ["outcome-other"] = 0,
    };
}
