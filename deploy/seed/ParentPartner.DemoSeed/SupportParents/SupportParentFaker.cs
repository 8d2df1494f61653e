using Bogus;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>
/// Invented support parents for one program, from their own seeded stream: people of the program's
/// counties and languages, with the lived experience its kind asks for (a child's condition for Parent
/// to Parent; their own case, resolved, and recovery for child welfare). Most are past any waiting
/// period; in child welfare a few are not yet (a case resolved, or recovery begun, under a year ago).
/// Parent to Parent support parents give the year their child was born (children of 0 to 21, most past
/// the first years); in child welfare some do. Dates and years count back from the program's today, so
/// who is eligible, and how old each child is, is the same on every run.
/// </summary>
public sealed class SupportParentFaker
{
    private static readonly CaseStage[][] CaseHistories =
    [
        [CaseStage.InCare, CaseStage.Reunified],
        [CaseStage.ShelterHearing, CaseStage.InCare, CaseStage.Reunified],
        [CaseStage.PreRemoval, CaseStage.ShelterHearing, CaseStage.InCare, CaseStage.Reunified],
        [CaseStage.PreRemoval],
    ];

    private static readonly float[] CaseHistoryWeights = [0.38f, 0.35f, 0.15f, 0.12f];

    private readonly DemoProgram _program;
    private readonly Randomizer _random;
    private readonly NameSource _names;

    /// <summary>A stream of its own, so adding the children's ages left every other draw (names, counties) as it was.</summary>
    private readonly Randomizer _children;

    public SupportParentFaker(DemoProgram program)
    {
        _program = program;
        _random = new Randomizer(program.Seed + 2);
        _names = new NameSource(_random);
        _children = new Randomizer(program.Seed + 3);
    }

    /// <param name="today">The program's date today (in its time zone).</param>
    public IReadOnlyList<DemoSupportParent> All(DateOnly today)
    {
        var paths = Paths(_program.SupportParents);
        var languages = Languages(_program.SupportParents);
        return [.. paths.Select((path, index) => new DemoSupportParent(index, Next(path, languages[index], today), path))];
    }

    /// <summary>
    /// The languages by quota rather than by chance, so even a small roster has its share of Spanish
    /// speakers (the families who speak only Spanish need them): shares rounded by largest remainder.
    /// </summary>
    private List<LanguageGroup> Languages(int count)
    {
        var groups = _program.Pool.Languages;
        var total = groups.Sum(g => g.Weight);
        var shares = groups.Select(g => (g.Value, Exact: count * g.Weight / total)).ToList();
        var counts = shares.Select(s => (int)Math.Floor(s.Exact)).ToArray();
        foreach (var i in Enumerable.Range(0, shares.Count).OrderByDescending(i => shares[i].Exact - counts[i]).Take(count - counts.Sum()))
        {
            counts[i]++;
        }
        return [.. _random.Shuffle(shares.SelectMany((s, i) => Enumerable.Repeat(s.Value, counts[i])))];
    }

    /// <summary>Mostly certified; a few with supplemental courses, a few starting the next cohorts, and in child welfare a few still waiting.</summary>
    private List<TrainingPath> Paths(int count)
    {
        var waiting = _program.Kind == ProgramKind.ChildWelfare ? (int)Math.Round(count * 0.14) : 0;
        var starting = Math.Max(1, (int)Math.Round(count * 0.1));
        var supplemental = Math.Max(1, (int)Math.Round(count * 0.09));
        var paths = Enumerable.Repeat(TrainingPath.NotYetEligible, waiting)
            .Concat(Enumerable.Repeat(TrainingPath.InTraining, starting))
            .Concat(Enumerable.Repeat(TrainingPath.CertifiedWithSupplemental, supplemental))
            .Take(count)
            .ToList();
        paths.AddRange(Enumerable.Repeat(TrainingPath.Certified, count - paths.Count));
        return [.. _random.Shuffle(paths)];
    }

    private SupportParentApplication Next(TrainingPath path, LanguageGroup languages, DateOnly today)
    {
        var pool = _program.Pool;
        var male = _random.Bool(pool.Fathers);
        var (firstName, lastName) = _names.Next(languages, male);
        var county = Weighted<County>.Pick(_random, _program.Counties);
        return new SupportParentApplication(
            firstName,
            lastName,
            $"{AsciiLetters.Of(firstName, "partner")}.{AsciiLetters.Of(lastName, "parent")}{_random.Number(10, 99)}@example.org",
            $"{county.AreaCode}-555-01{_random.Number(0, 99):00}",
            (_program.Kind == ProgramKind.ChildWelfare ? CaseHistory(path, today) : Conditions()) with { ChildBirthYear = ChildBirthYear(today) },
            languages.Languages,
            county.Name,
            new Availability(_random.Bool(0.7f), _random.Bool(0.5f)),
            _random.Number(pool.MinCaseload, pool.MaxCaseload),
            Weighted<EmploymentType>.Pick(_random, pool.EmploymentTypes),
            FatherToFatherCapable: male,
            languages.Backgrounds is { Length: > 0 } backgrounds && _random.Bool(0.3f) ? _random.ArrayElement(backgrounds) : null);
    }

    private LivedExperience Conditions()
    {
        var first = Weighted<ConditionCategory>.Pick(_random, _program.ConditionCategories).Code;
        var second = _random.Bool(0.3f) ? Weighted<ConditionCategory>.Pick(_random, _program.ConditionCategories).Code : first;
        return new LivedExperience([.. new[] { first, second }.Distinct()], null, null);
    }

    private LivedExperience CaseHistory(TrainingPath path, DateOnly today)
    {
        var stages = _random.WeightedRandom(CaseHistories, CaseHistoryWeights);
        var resolved = MonthsAgo(today, 13, 96);
        DateOnly? recovery = _random.Bool(0.6f) ? MonthsAgo(today, 14, 120) : null;
        if (path == TrainingPath.NotYetEligible)
        {
            // The program asks for 12 months since the case was resolved and 12 in recovery.
            if (_random.Bool(0.5f))
            {
                resolved = MonthsAgo(today, 3, 10);
            }
            else
            {
                recovery = MonthsAgo(today, 3, 10);
            }
        }
        return new LivedExperience(null, new ChildWelfareCase(resolved, stages), recovery);
    }

    /// <summary>Parent to Parent: always, a few toddlers, many school-age, many teens and young adults. Child welfare: about half say.</summary>
    private int? ChildBirthYear(DateOnly today)
    {
        if (_program.Kind == ProgramKind.ChildWelfare)
        {
            return _children.Bool(0.5f) ? today.Year - _children.Number(1, 21) : null;
        }
        var age = _children.WeightedRandom([0, 1, 2], [0.15f, 0.45f, 0.4f]) switch
        {
            0 => _children.Number(0, 3),
            1 => _children.Number(4, 11),
            _ => _children.Number(12, 21),
        };
        return today.Year - age;
    }

    private DateOnly MonthsAgo(DateOnly today, int min, int max) =>
        today.AddMonths(-_random.Number(min, max)).AddDays(-_random.Number(0, 27));
}
