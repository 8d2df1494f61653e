using ParentPartner.Matching.Engine.Profiles;

namespace ParentPartner.Matching.Engine.Tests;

/// <summary>
/// Small random queues and pools from a seeded Random: few distinct values on purpose, so ties,
/// shared and missing languages, full caseloads and excluded pairs are all common.
/// </summary>
internal sealed record RandomInstance(WaitingReferral[] Queue, SupportParentProfile[] Pool, ExcludedPairSet Exclusions)
{
    private static readonly string[] Languages = ["en", "es", "es-MX", "vi", "so"];
    private static readonly string[] Categories = ["autism", "adhd", "down syndrome", "prematurity", "mental health"];
    private static readonly string[] Counties = ["Polk", "Story", "Linn"];
    private static readonly string[] Cultures = ["Hmong", "Somali", "Mexican American"];

    public static RandomInstance Create(Random random, int referrals, int parents, int maxCapacity = 3)
    {
        var pool = new SupportParentProfile[parents];
        for (var i = 0; i < parents; i++)
        {
            var max = random.Next(1, maxCapacity + 1);
            pool[i] = new SupportParentProfile
            {
                Id = RandomId(random),
                ProgramId = random.Next(12) == 0 ? "test-program-b" : Build.Program,
                IsCertified = random.Next(10) != 0,
                Languages = Pick(random, Languages, 1, 2),
                County = random.Next(6) == 0 ? null : Counties[random.Next(Counties.Length)],
                ConditionCategories = Pick(random, Categories, 0, 3),
                CaseStagesExperienced = random.Next(3) == 0 ? [(CaseStage)random.Next(4)] : [],
                ChildAge = random.Next(4) == 0 ? null : random.Next(0, 18),
                Availability = (Availability)random.Next(8),
                IsFather = random.Next(3) == 0,
                CulturalBackground = random.Next(3) == 0 ? Cultures[random.Next(Cultures.Length)] : null,
                MaxCaseload = max,
                ActiveMatches = random.Next(5) == 0 ? max : random.Next(0, max),
            };
        }

        var queue = new WaitingReferral[referrals];
        for (var i = 0; i < referrals; i++)
        {
            queue[i] = new WaitingReferral
            {
                Id = RandomId(random),
                ProgramId = random.Next(15) == 0 ? "test-program-b" : Build.Program,
                ReadyAt = Build.Ready.AddHours(random.Next(0, 4)),
                Languages = Pick(random, Languages, 1, 2),
                InterpreterArranged = random.Next(7) == 0,
                County = random.Next(6) == 0 ? null : Counties[random.Next(Counties.Length)],
                ConditionCategories = Pick(random, Categories, 0, 2),
                CaseStage = random.Next(3) == 0 ? (CaseStage)random.Next(4) : null,
                ChildAge = random.Next(4) == 0 ? null : random.Next(0, 18),
                WantsFatherToFather = random.Next(5) == 0,
                CulturalBackgroundPreference = random.Next(4) == 0 ? Cultures[random.Next(Cultures.Length)] : null,
                Availability = (Availability)random.Next(8),
            };
        }

        var excluded = new List<ExcludedPair>();
        foreach (var r in queue)
        {
            foreach (var p in pool)
            {
                if (random.Next(10) == 0) excluded.Add(new ExcludedPair(r.Id, p.Id, (PairExclusionKind)random.Next(3)));
            }
        }

        return new RandomInstance(queue, pool, new ExcludedPairSet(excluded));
    }

    public RandomInstance Shuffled(Random random)
    {
        var queue = (WaitingReferral[])Queue.Clone();
        var pool = (SupportParentProfile[])Pool.Clone();
        random.Shuffle(queue);
        random.Shuffle(pool);
        return this with { Queue = queue, Pool = pool };
    }

    private static Guid RandomId(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    private static string[] Pick(Random random, string[] from, int min, int max)
    {
        var count = random.Next(min, max + 1);
        return from.OrderBy(_ => random.Next()).Take(count).ToArray();
    }
}
