using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Bench.Matching;

/// <summary>
/// A statewide P2P program's queue and pool with realistic skew: English and Spanish dominate the languages,
/// a few populous counties hold most families, a few condition categories most children; capacities 1–15,
/// 10% father-to-father requests, conflicts of interest, prior declines and declines of the referral itself.
/// </summary>
internal static class InstanceGenerator
{
    public const string Program = "bench-program";

    private static readonly (string Tag, double Referral, double SecondLanguage)[] Languages =
    [
        ("en-US", 0.68, 0.0), ("es-MX", 0.22, 0.25), ("vi", 0.03, 0.02), ("zh-Hant", 0.02, 0.015),
        ("ar", 0.02, 0.015), ("so", 0.015, 0.01), ("hmn", 0.01, 0.01), ("ase", 0.005, 0.005),
    ];

    private static readonly string[] Categories =
    [
        "autism", "adhd", "developmental delay", "mental health", "down syndrome", "prematurity / nicu",
        "cerebral palsy", "epilepsy", "congenital heart", "hearing loss", "vision loss", "diabetes",
        "cancer", "genetic / rare", "spina bifida", "feeding / g-tube", "learning disability", "substance exposure",
    ];

    private static readonly string[] Cultures =
        ["Black / African American", "Latino", "Hmong", "Somali", "Vietnamese", "Native American", "Arab American", "White"];

    public static (WaitingReferral[] Queue, SupportParentProfile[] Pool, ExcludedPairSet Exclusions) Create(int referrals, int parents, int seed)
    {
        var random = new Random(seed);
        var countyCount = Math.Clamp(parents / 40, 30, 100);
        var counties = Enumerable.Range(1, countyCount).Select(i => $"County {i:000}").ToArray();
        var countyWeights = Zipf(countyCount, 0.9);
        var categoryWeights = Zipf(Categories.Length, 1.1);
        var now = new DateTimeOffset(2025, 6, 2, 12, 0, 0, TimeSpan.Zero);

        var pool = new SupportParentProfile[parents];
        for (var i = 0; i < parents; i++)
        {
            var max = random.Next(1, 16);
            var languages = new List<string>();
            if (random.NextDouble() < 0.95) languages.Add("en");
            foreach (var (tag, _, second) in Languages.Skip(1))
            {
                if (random.NextDouble() < second) languages.Add(tag);
            }

            if (languages.Count == 0) languages.Add("es");
            pool[i] = new SupportParentProfile
            {
                Id = NextGuid(random),
                ProgramId = Program,
                IsCertified = random.NextDouble() < 0.94,
                Languages = languages,
                County = counties[Sample(random, countyWeights)],
                ConditionCategories = Distinct(random, categoryWeights, random.Next(1, 4)),
                ChildAge = random.NextDouble() < 0.85 ? random.Next(0, 26) : null,
                Availability = (Availability)random.Next(1, 8),
                IsFather = random.NextDouble() < 0.15,
                CulturalBackground = random.NextDouble() < 0.6 ? Cultures[random.Next(Cultures.Length)] : null,
                MaxCaseload = max,
                ActiveMatches = random.NextDouble() < 0.08 ? max : random.Next(0, max),
            };
        }

        var languageWeights = Languages.Select(l => l.Referral).ToArray();
        var queue = new WaitingReferral[referrals];
        for (var i = 0; i < referrals; i++)
        {
            var first = Languages[Sample(random, languageWeights)].Tag;
            var languages = new List<string> { first };
            var englishToo = first != "en-US" && random.NextDouble() < 0.45;
            if (englishToo) languages.Add("en");
            var categoryCount = random.NextDouble() switch { < 0.70 => 1, < 0.95 => 2, _ => 3 };
            queue[i] = new WaitingReferral
            {
                Id = NextGuid(random),
                ProgramId = Program,
                ReadyAt = now.AddMinutes(-random.Next(0, 14 * 24 * 60)),
                Languages = languages,
                InterpreterArranged = first != "en-US" && !englishToo && random.NextDouble() < 0.3,
                County = random.NextDouble() < 0.97 ? counties[Sample(random, countyWeights)] : null,
                ConditionCategories = Distinct(random, categoryWeights, categoryCount),
                ChildAge = random.NextDouble() < 0.9 ? random.Next(0, 18) : null,
                WantsFatherToFather = random.NextDouble() < 0.10,
                CulturalBackgroundPreference = random.NextDouble() < 0.15 ? Cultures[random.Next(Cultures.Length)] : null,
                Availability = random.NextDouble() < 0.85 ? (Availability)random.Next(1, 8) : Availability.None,
                QualitiesHopedFor = [],
            };
        }

        var excluded = new List<ExcludedPair>();
        for (var i = 0; i < referrals * 3 / 10; i++)
        {
            var kind = random.NextDouble() < 0.5 ? PairExclusionKind.ConflictOfInterest : PairExclusionKind.PriorDecline;
            excluded.Add(new ExcludedPair(queue[random.Next(referrals)].Id, pool[random.Next(parents)].Id, kind));
        }

        foreach (var referral in queue)
        {
            if (random.NextDouble() < 0.05)
            {
                for (var k = random.Next(1, 3); k > 0; k--)
                {
                    excluded.Add(new ExcludedPair(referral.Id, pool[random.Next(parents)].Id, PairExclusionKind.AlreadyDeclined));
                }
            }
        }

        return (queue, pool, new ExcludedPairSet(excluded));
    }

    private static double[] Zipf(int n, double s)
    {
        var weights = Enumerable.Range(1, n).Select(k => 1 / Math.Pow(k, s)).ToArray();
        var total = weights.Sum();
        return weights.Select(w => w / total).ToArray();
    }

    private static int Sample(Random random, double[] weights)
    {
        var x = random.NextDouble() * weights.Sum();
        for (var i = 0; i < weights.Length; i++)
        {
            x -= weights[i];
            if (x < 0) return i;
        }

        return weights.Length - 1;
    }

    private static string[] Distinct(Random random, double[] weights, int count)
    {
        var picked = new HashSet<int>();
        while (picked.Count < count) picked.Add(Sample(random, weights));
        return picked.Order().Select(i => Categories[i]).ToArray();
    }

    private static Guid NextGuid(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }
}
