using System.Numerics;
using System.Runtime.CompilerServices;
using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>
/// Referrals and candidates compiled to flat arrays of small integers and bit masks (strings interned once),
/// so a feasibility test plus a score is a handful of loads and bit operations. All arithmetic is integer:
/// scores are hundredths of a point and the same input always gives the same numbers.
/// </summary>
internal sealed class ScoringModel
{
    private const int NoValue = -1;

    /// <summary>Ages are clamped to this so per-row age tables stay small; unknown ages index one past it.</summary>
    internal const int MaxAge = 120;

    private readonly TermPoints points;
    private readonly byte[] agePercent;
    private readonly byte[] availabilityPercent = new byte[8 * 8];
    private readonly byte[]? countyProximity;
    private readonly int countyCount;
    private readonly int cultureCount;
    private readonly int langWords;
    private readonly int catWords;
    private readonly PackedCandidate[] packed;

    // Candidates (structure of arrays, in the caller's order).
    private readonly int[] cProgram;
    private readonly int[] cStatic;
    private readonly ulong[] cLang;
    private readonly ulong[] cCat;
    private readonly byte[] cStages;
    private readonly int[] cAge;
    private readonly int[] cCounty;
    private readonly byte[] cAvail;
    private readonly int[] cCulture;
    private readonly bool[] cFather;
    private readonly byte[] cLoadPercent;
    private readonly byte[] cQualities;

    // Referrals.
    private readonly int[] rProgram;
    private readonly ulong[] rLang;
    private readonly int[] rFirstLang;
    private readonly bool[] rInterpreter;
    private readonly ulong[] rCat;
    private readonly int[] rCatCount;
    private readonly byte[] rStage;
    private readonly int[] rAge;
    private readonly int[] rCounty;
    private readonly byte[] rAvail;
    private readonly int[] rCulture;
    private readonly bool[] rFatherToFather;
    private readonly byte[] rQualities;
    private readonly int[] rQualityCount;

    public ScoringModel(MatchingSettings settings, IReadOnlyList<SupportParentProfile> candidates, IReadOnlyList<WaitingReferral> referrals)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.ChildAgeWindowYears < 1)
        {
            throw new ArgumentException("ChildAgeWindowYears must be at least 1.", nameof(settings));
        }

        points = new TermPoints(settings.Weights);
        Candidates = candidates;
        Referrals = referrals;

        var programs = new Interner(StringComparer.Ordinal);
        var languages = new Interner(StringComparer.Ordinal);
        var categories = new Interner(StringComparer.OrdinalIgnoreCase);
        var counties = new Interner(StringComparer.OrdinalIgnoreCase);
        var cultures = new Interner(StringComparer.OrdinalIgnoreCase);

        foreach (var c in candidates)
        {
            ArgumentNullException.ThrowIfNull(c);
            programs.Add(c.ProgramId);
            foreach (var l in c.Languages) languages.Add(LanguageTag.PrimarySubtag(l));
            foreach (var k in c.ConditionCategories) categories.Add(k);
            counties.Add(c.County);
            cultures.Add(c.CulturalBackground);
        }

        foreach (var r in referrals)
        {
            ArgumentNullException.ThrowIfNull(r);
            programs.Add(r.ProgramId);
            foreach (var l in r.Languages) languages.Add(LanguageTag.PrimarySubtag(l));
            foreach (var k in r.ConditionCategories) categories.Add(k);
            counties.Add(r.County);
            cultures.Add(r.CulturalBackgroundPreference);
        }

        langWords = Math.Max(1, (languages.Count + 63) / 64);
        catWords = Math.Max(1, (categories.Count + 63) / 64);
        countyCount = counties.Count;
        cultureCount = cultures.Count;

        agePercent = new byte[settings.ChildAgeWindowYears + 1];
        for (var d = 0; d <= settings.ChildAgeWindowYears; d++)
        {
            agePercent[d] = (byte)((settings.ChildAgeWindowYears - d) * 100 / settings.ChildAgeWindowYears);
        }

        for (var want = 1; want < 8; want++)
        {
            for (var have = 0; have < 8; have++)
            {
                availabilityPercent[(want * 8) + have] =
                    (byte)(BitOperations.PopCount((uint)(want & have)) * 100 / BitOperations.PopCount((uint)want));
            }
        }

        if (settings.CountyProximity is { } proximity && countyCount > 1)
        {
            countyProximity = new byte[countyCount * countyCount];
            for (var a = 0; a < countyCount; a++)
            {
                for (var b = 0; b < countyCount; b++)
                {
                    countyProximity[(a * countyCount) + b] = a == b
                        ? (byte)100
                        : (byte)Math.Clamp(proximity.ProximityPercent(counties.Name(a), counties.Name(b)), 0, 100);
                }
            }
        }

        var n = candidates.Count;
        cProgram = new int[n];
        cStatic = new int[n];
        cLang = new ulong[n * langWords];
        cCat = new ulong[n * catWords];
        cStages = new byte[n];
        cAge = new int[n];
        cCounty = new int[n];
        cAvail = new byte[n];
        cCulture = new int[n];
        cFather = new bool[n];
        cLoadPercent = new byte[n];
        cQualities = new byte[n];
        for (var i = 0; i < n; i++)
        {
            var c = candidates[i];
            cProgram[i] = programs.Find(c.ProgramId);
            cStatic[i] = (c.IsCertified ? 0 : ReasonBits.NotCertified) | (c.RemainingCapacity > 0 ? 0 : ReasonBits.AtCapacity);
            foreach (var l in c.Languages) SetBit(cLang, i * langWords, languages.Find(LanguageTag.PrimarySubtag(l)));
            foreach (var k in c.ConditionCategories) SetBit(cCat, i * catWords, categories.Find(k));
            foreach (var s in c.CaseStagesExperienced) cStages[i] |= StageBit(s);
            cAge[i] = c.ChildAge is >= 0 and var age ? Math.Min(age, MaxAge) : NoValue;
            cCounty[i] = counties.Find(c.County);
            cAvail[i] = (byte)((int)c.Availability & 7);
            cCulture[i] = cultures.Find(c.CulturalBackground);
            cFather[i] = c.IsFather;
            cLoadPercent[i] = c.MaxCaseload > 0 ? (byte)(c.RemainingCapacity * 100 / c.MaxCaseload) : (byte)0;
            cQualities[i] = (byte)((c.Languages.Select(LanguageTag.PrimarySubtag).Where(l => !string.IsNullOrEmpty(l)).Distinct(StringComparer.Ordinal).Count() >= 2 ? Quality.Bilingual : Quality.None)
                | (c.IsFather ? Quality.AFather : Quality.None)
                | (c.InRecovery ? Quality.InRecovery : Quality.None));
        }

        packed = new PackedCandidate[n];
        for (var i = 0; i < n; i++)
        {
            packed[i] = new PackedCandidate
            {
                Lang = cLang[i * langWords],
                Cat = cCat[i * catWords],
                EligibleProgram = cStatic[i] == 0 ? cProgram[i] : NoValue,
                IsFather = cFather[i],
                Stages = cStages[i],
                Availability = cAvail[i],
                Age = (byte)(cAge[i] >= 0 ? cAge[i] : MaxAge + 1),
                Qualities = cQualities[i],
                County = (ushort)(cCounty[i] >= 0 ? cCounty[i] : countyCount),
                Culture = (ushort)(cCulture[i] >= 0 ? cCulture[i] : cultureCount),
                LoadPoints = (ushort)(points[ScoreTerm.LoadBalance] * cLoadPercent[i]),
            };
        }

        var m = referrals.Count;
        rProgram = new int[m];
        rLang = new ulong[m * langWords];
        rFirstLang = new int[m];
        rInterpreter = new bool[m];
        rCat = new ulong[m * catWords];
        rCatCount = new int[m];
        rStage = new byte[m];
        rAge = new int[m];
        rCounty = new int[m];
        rAvail = new byte[m];
        rCulture = new int[m];
        rFatherToFather = new bool[m];
        rQualities = new byte[m];
        rQualityCount = new int[m];
        for (var i = 0; i < m; i++)
        {
            var r = referrals[i];
            rProgram[i] = programs.Find(r.ProgramId);
            rFirstLang[i] = NoValue;
            foreach (var l in r.Languages)
            {
                var index = languages.Find(LanguageTag.PrimarySubtag(l));
                if (index == NoValue) continue;
                if (rFirstLang[i] == NoValue) rFirstLang[i] = index;
                SetBit(rLang, i * langWords, index);
            }

            rInterpreter[i] = r.InterpreterArranged;
            foreach (var k in r.ConditionCategories) SetBit(rCat, i * catWords, categories.Find(k));
            for (var w = 0; w < catWords; w++) rCatCount[i] += BitOperations.PopCount(rCat[(i * catWords) + w]);
            rStage[i] = r.CaseStage is { } stage ? StageBit(stage) : (byte)0;
            rAge[i] = r.ChildAge is >= 0 and var age ? Math.Min(age, MaxAge) : NoValue;
            rCounty[i] = counties.Find(r.County);
            rAvail[i] = (byte)((int)r.Availability & 7);
            rCulture[i] = cultures.Find(r.CulturalBackgroundPreference);
            rFatherToFather[i] = r.WantsFatherToFather;
            rQualities[i] = (byte)Qualities.Of(r.QualitiesHopedFor);
            rQualityCount[i] = BitOperations.PopCount(rQualities[i]);
        }
    }

    /// <summary>True when every mask fits one 64-bit word, so the row scorer can use the packed layout alone.</summary>
    internal bool SingleWord => langWords == 1 && catWords == 1;
    internal PackedCandidate[] Packed => packed;
    internal TermPoints Points => points;
    internal int CountyCount => countyCount;
    internal int CultureCount => cultureCount;
    internal byte[] AgePercent => agePercent;
    internal byte[] AvailabilityPercent => availabilityPercent;
    internal byte[]? CountyProximity => countyProximity;

    internal int ReferralProgram(int r) => rProgram[r];
    internal bool ReferralWantsFather(int r) => rFatherToFather[r];
    internal bool ReferralHasInterpreter(int r) => rInterpreter[r];
    internal ulong ReferralLanguages(int r) => rLang[r * langWords];
    internal ulong ReferralCategories(int r) => rCat[r * catWords];
    internal int ReferralCategoryCount(int r) => rCatCount[r];
    internal byte ReferralStage(int r) => rStage[r];
    internal int ReferralAge(int r) => rAge[r];
    internal int ReferralCounty(int r) => rCounty[r];
    internal byte ReferralAvailability(int r) => rAvail[r];
    internal int ReferralCulture(int r) => rCulture[r];
    internal int ReferralFirstLanguage(int r) => rFirstLang[r];
    internal byte ReferralQualities(int r) => rQualities[r];
    internal int ReferralQualityCount(int r) => rQualityCount[r];

    /// <summary>
    /// The qualities a candidate has for a referral: their own (bilingual, a father, in recovery) and the pair's
    /// (shares a condition category or the case stage; same county). RowScorer computes the same from the packed layout.
    /// </summary>
    internal Quality PairQualities(int r, int c)
    {
        var q = (Quality)cQualities[c];
        if (SharedCategories(r, c) > 0 || (cStages[c] & rStage[r]) != 0) q |= Quality.SameDiagnosis;
        if (rCounty[r] >= 0 && cCounty[c] == rCounty[r]) q |= Quality.SameCounty;
        return q;
    }

    public IReadOnlyList<SupportParentProfile> Candidates { get; }
    public IReadOnlyList<WaitingReferral> Referrals { get; }
    public int CandidateCount => cProgram.Length;
    public int ReferralCount => rProgram.Length;

    /// <summary>Hard constraints other than excluded pairs, as <see cref="ReasonBits"/>; 0 means eligible.</summary>
    public int Violations(int r, int c)
    {
        var bits = cStatic[c];
        if (cProgram[c] != rProgram[r]) bits |= ReasonBits.DifferentProgram;
        if (rFatherToFather[r] && !cFather[c]) bits |= ReasonBits.FatherToFatherRequested;
        if (!rInterpreter[r] && !SharesLanguage(r, c)) bits |= ReasonBits.NoSharedLanguage;
        return bits;
    }

    /// <summary>Candidate-only constraints (certified, capacity) as <see cref="ReasonBits"/>.</summary>
    public int StaticViolations(int c) => cStatic[c];

    /// <summary>The soft score of a pair in hundredths, whether or not the pair is eligible.</summary>
    public int Score(int r, int c)
    {
        Span<int> percent = stackalloc int[TermPoints.TermCount];
        Span<bool> applies = stackalloc bool[TermPoints.TermCount];
        TermPercents(r, c, percent, applies);
        var total = 0;
        for (var t = 0; t < TermPoints.TermCount; t++) total += points[(ScoreTerm)t] * percent[t];
        return total;
    }

    public ScoreBreakdown Breakdown(int r, int c)
    {
        Span<int> percent = stackalloc int[TermPoints.TermCount];
        Span<bool> applies = stackalloc bool[TermPoints.TermCount];
        TermPercents(r, c, percent, applies);
        var terms = new ScoreTermResult[TermPoints.TermCount];
        var total = 0;
        for (var t = 0; t < TermPoints.TermCount; t++)
        {
            var term = (ScoreTerm)t;
            var weight = points[term];
            total += weight * percent[t];
            terms[t] = new ScoreTermResult(term, applies[t], weight, percent[t] / 100m, weight * percent[t] / 100m, Explain(term, r, c, percent[t], applies[t]));
        }

        return new ScoreBreakdown { ScoreHundredths = total, Terms = terms };
    }

    private void TermPercents(int r, int c, Span<int> percent, Span<bool> applies)
    {
        var catCount = rCatCount[r];
        applies[(int)ScoreTerm.Experience] = catCount > 0 || rStage[r] != 0;
        if ((cStages[c] & rStage[r]) != 0)
        {
            percent[(int)ScoreTerm.Experience] = 100;
        }
        else if (catCount > 0)
        {
            percent[(int)ScoreTerm.Experience] = SharedCategories(r, c) * 100 / catCount;
        }

        applies[(int)ScoreTerm.ChildAge] = rAge[r] >= 0 && cAge[c] >= 0;
        if (applies[(int)ScoreTerm.ChildAge])
        {
            var gap = Math.Abs(rAge[r] - cAge[c]);
            percent[(int)ScoreTerm.ChildAge] = gap < agePercent.Length ? agePercent[gap] : 0;
        }

        applies[(int)ScoreTerm.County] = rCounty[r] >= 0;
        if (rCounty[r] >= 0 && cCounty[c] >= 0)
        {
            percent[(int)ScoreTerm.County] = rCounty[r] == cCounty[c] ? 100
                : countyProximity is null ? 0
                : countyProximity[(rCounty[r] * countyCount) + cCounty[c]];
        }

        applies[(int)ScoreTerm.Language] = rFirstLang[r] >= 0;
        if (rFirstLang[r] >= 0 && HasBit(cLang, c * langWords, rFirstLang[r]))
        {
            percent[(int)ScoreTerm.Language] = 100;
        }

        applies[(int)ScoreTerm.Availability] = rAvail[r] != 0;
        if (rAvail[r] != 0)
        {
            percent[(int)ScoreTerm.Availability] = availabilityPercent[(rAvail[r] * 8) + cAvail[c]];
        }

        applies[(int)ScoreTerm.CulturalBackground] = rCulture[r] >= 0;
        if (rCulture[r] >= 0 && cCulture[c] == rCulture[r])
        {
            percent[(int)ScoreTerm.CulturalBackground] = 100;
        }

        applies[(int)ScoreTerm.LoadBalance] = true;
        percent[(int)ScoreTerm.LoadBalance] = cLoadPercent[c];

        applies[(int)ScoreTerm.QualitiesHopedFor] = rQualityCount[r] > 0;
        if (rQualityCount[r] > 0)
        {
            percent[(int)ScoreTerm.QualitiesHopedFor] = BitOperations.PopCount((uint)((byte)PairQualities(r, c) & rQualities[r])) * 100 / rQualityCount[r];
        }
    }

    private string Explain(ScoreTerm term, int r, int c, int percent, bool applies)
    {
        var candidate = Candidates[c];
        return term switch
        {
            ScoreTerm.Experience when !applies => "No condition category or case stage given for the family",
            ScoreTerm.Experience when rStage[r] != 0 && (cStages[c] & rStage[r]) != 0 => "Has lived through the same case stage",
            ScoreTerm.Experience when rCatCount[r] > 0 => $"Shares {SharedCategories(r, c)} of {rCatCount[r]} condition categories",
            ScoreTerm.Experience => "Has not lived through this case stage",
            ScoreTerm.ChildAge when !applies => "A child's age is not known",
            ScoreTerm.ChildAge => $"Children {Math.Abs(rAge[r] - cAge[c])} years apart",
            ScoreTerm.County when !applies => "The family's county is not known",
            ScoreTerm.County when rCounty[r] == cCounty[c] => "Same county",
            ScoreTerm.County when percent > 0 => $"Nearby county ({percent}% proximity)",
            ScoreTerm.County => "Different county",
            ScoreTerm.Language when !applies => "No language given for the family",
            ScoreTerm.Language when percent > 0 => "Speaks the family's first-preference language",
            ScoreTerm.Language when SharesLanguage(r, c) => "Shares a language, not the family's first preference",
            ScoreTerm.Language => rInterpreter[r] ? "No shared language; an interpreter is arranged" : "No shared language",
            ScoreTerm.Availability when !applies => "The family gave no availability",
            ScoreTerm.Availability => $"Available at {BitOperations.PopCount((uint)(rAvail[r] & cAvail[c]))} of the {BitOperations.PopCount((uint)rAvail[r])} times the family asked for",
            ScoreTerm.CulturalBackground when !applies => "The family did not ask for a cultural background",
            ScoreTerm.CulturalBackground when percent > 0 => "The cultural background the family asked for",
            ScoreTerm.CulturalBackground => "Not the cultural background the family asked for",
            ScoreTerm.LoadBalance => $"{candidate.RemainingCapacity} of {Math.Max(0, candidate.MaxCaseload)} caseload places free",
            ScoreTerm.QualitiesHopedFor when !applies => "The family named no hoped-for quality the engine can check",
            ScoreTerm.QualitiesHopedFor => ExplainQualities(r, c),
            _ => string.Empty,
        };
    }

    private string ExplainQualities(int r, int c)
    {
        var asked = (Quality)rQualities[r];
        var has = PairQualities(r, c);
        var met = Qualities.Vocabulary.Where(v => asked.HasFlag(v.Quality) && has.HasFlag(v.Quality)).Select(v => v.Tags[0]).ToList();
        var missed = Qualities.Vocabulary.Where(v => asked.HasFlag(v.Quality) && !has.HasFlag(v.Quality)).Select(v => v.Tags[0]).ToList();
        return $"Has {met.Count} of the {rQualityCount[r]} hoped-for qualities"
            + (met.Count > 0 ? $": {string.Join(", ", met)}" : "")
            + (missed.Count > 0 ? $"; not {string.Join(", ", missed)}" : "");
    }

    private bool SharesLanguage(int r, int c)
    {
        for (var w = 0; w < langWords; w++)
        {
            if ((cLang[(c * langWords) + w] & rLang[(r * langWords) + w]) != 0) return true;
        }

        return false;
    }

    private int SharedCategories(int r, int c)
    {
        var shared = 0;
        for (var w = 0; w < catWords; w++) shared += BitOperations.PopCount(cCat[(c * catWords) + w] & rCat[(r * catWords) + w]);
        return shared;
    }

    private static byte StageBit(CaseStage stage) => (byte)(1 << (int)stage);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SetBit(ulong[] masks, int offset, int index)
    {
        if (index >= 0) masks[offset + (index >> 6)] |= 1UL << (index & 63);
    }

    private static bool HasBit(ulong[] masks, int offset, int index) =>
        index >= 0 && (masks[offset + (index >> 6)] & (1UL << (index & 63))) != 0;

    /// <summary>Strings to dense indices; blank strings are "no value".</summary>
    private sealed class Interner(StringComparer comparer)
    {
        private readonly Dictionary<string, int> indices = new(comparer);
        private readonly List<string> names = [];

        public int Count => names.Count;

        public void Add(string? value)
        {
            if (string.IsNullOrWhiteSpace(value)) return;
            var key = value.Trim();
            if (indices.TryAdd(key, names.Count)) names.Add(key);
        }

        public int Find(string? value) =>
            !string.IsNullOrWhiteSpace(value) && indices.TryGetValue(value.Trim(), out var index) ? index : NoValue;

        public string Name(int index) => names[index];
    }
}
