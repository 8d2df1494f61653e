using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>
/// The hot loop, one per thread. <see cref="Prepare"/> turns a referral into small lookup tables (points by
/// candidate age, county, culture, availability and number of shared categories), so scoring a candidate is a
/// few table reads and a popcount over its packed 32 bytes. Must agree with <see cref="ScoringModel.Violations"/>
/// and <see cref="ScoringModel.Score"/>; a test holds them together. Inputs whose masks need more than one
/// 64-bit word (over 64 languages or categories) take the model's plain path instead.
/// </summary>
internal sealed class RowScorer
{
    private readonly ScoringModel model;
    private readonly PackedCandidate[] packed;
    private readonly bool fast;
    private readonly int[] ageTable = new int[ScoringModel.MaxAge + 2];
    private readonly int[] countyTable;
    private readonly int[] cultureTable;
    private readonly int[] availabilityTable = new int[8];
    private readonly int[] experienceTable = new int[65];
    private readonly int[] qualityTable = new int[9];

    private int[]? rowScores;
    private int referral;
    private int program;
    private bool wantsFather;
    private bool interpreter;
    private ulong languages;
    private ulong categories;
    private byte stage;
    private int stagePoints;
    private ulong firstLanguageBit;
    private int languagePoints;
    private byte qualities;
    private ushort sameCounty;

    public RowScorer(ScoringModel model)
    {
        this.model = model;
        packed = model.Packed;
        fast = model.SingleWord;
        countyTable = new int[model.CountyCount + 1];
        cultureTable = new int[model.CultureCount + 1];
    }

    public void Prepare(int r)
    {
        referral = r;
        if (!fast) return;

        var points = model.Points;
        program = model.ReferralProgram(r);
        wantsFather = model.ReferralWantsFather(r);
        interpreter = model.ReferralHasInterpreter(r);
        languages = model.ReferralLanguages(r);
        categories = model.ReferralCategories(r);
        stage = model.ReferralStage(r);
        stagePoints = points[ScoreTerm.Experience] * 100;
        var firstLanguage = model.ReferralFirstLanguage(r);
        firstLanguageBit = firstLanguage >= 0 ? 1UL << firstLanguage : 0;
        languagePoints = points[ScoreTerm.Language] * 100;

        var categoryCount = model.ReferralCategoryCount(r);
        for (var k = 0; k < experienceTable.Length; k++)
        {
            experienceTable[k] = categoryCount == 0 ? 0 : points[ScoreTerm.Experience] * (Math.Min(k, categoryCount) * 100 / categoryCount);
        }

        var age = model.ReferralAge(r);
        var agePercent = model.AgePercent;
        for (var a = 0; a < ageTable.Length; a++)
        {
            var gap = Math.Abs(a - age);
            ageTable[a] = age < 0 || a > ScoringModel.MaxAge || gap >= agePercent.Length ? 0 : points[ScoreTerm.ChildAge] * agePercent[gap];
        }

        var county = model.ReferralCounty(r);
        var proximity = model.CountyProximity;
        var countyCount = model.CountyCount;
        for (var k = 0; k < countyTable.Length; k++)
        {
            countyTable[k] = county < 0 || k == countyCount ? 0
                : k == county ? points[ScoreTerm.County] * 100
                : proximity is null ? 0
                : points[ScoreTerm.County] * proximity[(county * countyCount) + k];
        }

        Array.Clear(cultureTable);
        var culture = model.ReferralCulture(r);
        if (culture >= 0) cultureTable[culture] = points[ScoreTerm.CulturalBackground] * 100;

        qualities = model.ReferralQualities(r);
        var qualityCount = model.ReferralQualityCount(r);
        for (var k = 0; k < qualityTable.Length; k++)
        {
            qualityTable[k] = qualityCount == 0 ? 0 : points[ScoreTerm.QualitiesHopedFor] * (Math.Min(k, qualityCount) * 100 / qualityCount);
        }
        // A county index no candidate has when the family's county is unknown (the packed "unknown" is the count itself).
        sameCounty = county >= 0 ? (ushort)county : ushort.MaxValue;

        var availability = model.ReferralAvailability(r);
        for (var h = 0; h < 8; h++)
        {
            availabilityTable[h] = availability == 0 ? 0 : points[ScoreTerm.Availability] * model.AvailabilityPercent[(availability * 8) + h];
        }
    }

    /// <summary>Marks a candidate in <see cref="ScoreRow(ReadOnlySpan{byte}, Span{int})"/>'s output as ineligible or blocked.</summary>
    public const int NotEligible = -1;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryScore(int c, out int score)
    {
        if (!fast) return TryScorePlain(c, out score);

        ref readonly var p = ref packed[c];
        score = Eligible(in p) ? Points(in p) : NotEligible;
        return score != NotEligible;
    }

    /// <summary>
    /// Every candidate's score into <paramref name="scores"/> (<see cref="NotEligible"/> when a hard constraint fails
    /// or it is blocked). The whole batch passes through here, every referral × every candidate: a loop with no
    /// sink to call keeps its state in registers, and the caller's pass over the scores does the same.
    /// </summary>
    public void ScoreRow(ReadOnlySpan<byte> blocked, Span<int> scores)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(blocked.Length, packed.Length);
        ArgumentOutOfRangeException.ThrowIfNotEqual(scores.Length, packed.Length);
        if (!fast)
        {
            for (var c = 0; c < blocked.Length; c++) scores[c] = blocked[c] == 0 && TryScorePlain(c, out var score) ? score : NotEligible;
            return;
        }

        ref var candidate0 = ref MemoryMarshal.GetArrayDataReference(packed);
        ref var blocked0 = ref MemoryMarshal.GetReference(blocked);
        ref var score0 = ref MemoryMarshal.GetReference(scores);
        for (var c = 0; c < scores.Length; c++)
        {
            ref readonly var p = ref Unsafe.Add(ref candidate0, c);
            Unsafe.Add(ref score0, c) = Eligible(in p) & (Unsafe.Add(ref blocked0, c) == 0) ? Points(in p) : NotEligible;
        }
    }

    /// <summary>Every feasible, unblocked candidate in index order.</summary>
    public void ScoreRow<TSink>(ReadOnlySpan<byte> blocked, ref TSink sink)
        where TSink : struct, IRowSink
    {
        var scores = rowScores ??= new int[packed.Length];
        ScoreRow(blocked, scores);
        for (var c = 0; c < scores.Length; c++)
        {
            if (scores[c] != NotEligible) sink.Add(c, scores[c]);
        }
    }

    /// <summary>The given candidates, in the given order.</summary>
    public void ScoreList<TSink>(ReadOnlySpan<int> candidates, ReadOnlySpan<byte> blocked, ref TSink sink)
        where TSink : struct, IRowSink
    {
        foreach (var c in candidates)
        {
            if (blocked[c] == 0 && TryScore(c, out var score)) sink.Add(c, score);
        }
    }

    // Non-short-circuit &: one well-predicted branch for the caller instead of three data-dependent ones.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool Eligible(in PackedCandidate p) =>
        (p.EligibleProgram == program) & (!wantsFather | p.IsFather) & (interpreter | ((p.Lang & languages) != 0));

    // Table reads without bounds checks: every index is in range by construction (ages clamped to MaxAge + 1,
    // counties and cultures to their counts, availability to 3 bits, a popcount of a 64-bit word to 64).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Points(in PackedCandidate p)
    {
        var shared = BitOperations.PopCount(p.Cat & categories);
        var sameStage = (p.Stages & stage) != 0;
        var experience = sameStage
            ? stagePoints
            : Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(experienceTable), shared);
        // Same bits as ScoringModel.PairQualities: the candidate's own, plus the pair's diagnosis and county.
        var has = p.Qualities
            | ((shared > 0) | sameStage ? (int)Quality.SameDiagnosis : 0)
            | (p.County == sameCounty ? (int)Quality.SameCounty : 0);
        return p.LoadPoints + experience
            + Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(qualityTable), BitOperations.PopCount((uint)(has & qualities)))
            + Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(ageTable), p.Age)
            + Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(countyTable), p.County)
            + Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(cultureTable), p.Culture)
            + Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(availabilityTable), p.Availability)
            + ((p.Lang & firstLanguageBit) != 0 ? languagePoints : 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private bool TryScorePlain(int c, out int score)
    {
        score = 0;
        if (model.Violations(referral, c) != 0) return false;
        score = model.Score(referral, c);
        return true;
    }
}
