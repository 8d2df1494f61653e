namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>Hard-constraint failures as bits, so the hot loops test "any reason" with one comparison.</summary>
internal static class ReasonBits
{
    public const int NotCertified = 1 << (int)ExclusionReason.NotCertified;
    public const int AtCapacity = 1 << (int)ExclusionReason.AtCapacity;
    public const int DifferentProgram = 1 << (int)ExclusionReason.DifferentProgram;
    public const int NoSharedLanguage = 1 << (int)ExclusionReason.NoSharedLanguage;
    public const int FatherToFatherRequested = 1 << (int)ExclusionReason.FatherToFatherRequested;
    public const int ExcludedPair = 1 << (int)ExclusionReason.ExcludedPair;
    public const int AlreadyDeclined = 1 << (int)ExclusionReason.AlreadyDeclined;

    public static int Of(Profiles.PairExclusionKind kind) =>
        kind == Profiles.PairExclusionKind.AlreadyDeclined ? AlreadyDeclined : ExcludedPair;

    public static IReadOnlyList<ExclusionReason> ToList(int bits)
    {
        var list = new List<ExclusionReason>();
        foreach (var reason in Enum.GetValues<ExclusionReason>())
        {
            if ((bits & (1 << (int)reason)) != 0)
            {
                list.Add(reason);
            }
        }

        return list;
    }
}
