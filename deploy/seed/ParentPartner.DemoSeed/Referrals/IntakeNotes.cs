using Bogus;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Referrals;

/// <summary>What a coordinator writes down at intake, in the words of each kind of program.</summary>
public static class IntakeNotes
{
    private static readonly string[] Concerns = ["substance use", "neglect", "domestic violence in the home", "unsafe housing", "a parent's mental health crisis"];
    private static readonly string[] Placements = ["relative care", "foster care", "kinship care with the grandparents"];
    private static readonly string[] CasePlans = ["substance-use treatment and drug testing", "parenting classes and stable housing", "mental health treatment", "domestic violence services"];

    private static readonly string[] ChildWelfareReasons =
    [
        "Wants someone who has been through the system and got their children back.",
        "Feels alone and overwhelmed by the case plan.",
        "Needs help understanding court, the case plan and what the department expects.",
        "Wants to be ready for the next family team meeting.",
        "Relapsed once and wants support to stay on track.",
    ];

    private static readonly string[] ParentToParentReasons =
    [
        "Wants to talk with a parent whose child has the same diagnosis.",
        "Feels isolated since the diagnosis.",
        "Wants tips on insurance, therapies and waiting lists.",
        "Preparing for a transition (school, adult services).",
        "The siblings are struggling and the parents want advice.",
    ];

    private static readonly string?[] ChildWelfarePreferences =
    [
        null, null, "Prefers text messages.", "Can meet after work, after 5:30 pm.", "Would rather meet at the library than at home.",
        "Hopes for a parent partner who has been through recovery.", "Would like someone who can come to the family team meeting.",
    ];

    private static readonly string?[] ParentToParentPreferences =
    [
        null, null, "Evenings, after the children are in bed.", "A phone call first, then maybe meeting at a park.",
        "Would like a parent who also works full time.", "Prefers messages in the family's own language.",
    ];

    public static Needs ChildWelfare(Randomizer random, CaseStage stage, bool bilingual, bool culturalMatch)
    {
        var months = random.Number(3, 14);
        var challenges = stage switch
        {
            CaseStage.PreRemoval => $"A report of {random.ArrayElement(Concerns)} led to a safety plan; the children are still at home and the family works with an in-home services worker.",
            CaseStage.ShelterHearing => $"The children were removed this month after {random.ArrayElement(Concerns)}; the shelter hearing is set and the parent does not know what to expect in court.",
            CaseStage.InCare => $"The children have been in {random.ArrayElement(Placements)} for {months} months; the case plan asks for {random.ArrayElement(CasePlans)}. Visits are supervised.",
            _ => $"The children came home after {months} months in care; the case stays open for aftercare and the parent wants support through the trial home visit.",
        };
        string[] qualities = ["been-through-court", "in-recovery", "reunified-family", "good-listener", "non-judgmental", "same-county"];
        return new Needs(challenges, random.ArrayElement(ChildWelfareReasons), Qualities(random, qualities, bilingual), random.ArrayElement(ChildWelfarePreferences), culturalMatch ? true : null);
    }

    public static Needs ParentToParent(Randomizer random, int age, ConditionCategory condition, bool bilingual, bool culturalMatch)
    {
        var words = condition.Words;
        var notes = new List<string>
        {
            $"Child ({age}) was recently diagnosed with {words}; the family is learning about services and what comes next.",
            $"Frequent appointments and a hospital stay this year ({words}); the parents are exhausted and juggling work.",
        };
        if (age <= 1)
        {
            notes.Add($"The baby came home from the hospital with {words}; the parents want to talk with someone who has been there.");
        }
        if (age >= 5)
        {
            notes.Add($"School is not meeting the child's needs ({words}); the family is preparing for an IEP meeting.");
        }
        if (age >= 16)
        {
            notes.Add($"Planning the move to adult services for a young adult with {words}.");
        }
        string[] qualities = ["same-diagnosis", "good-listener", "experienced-with-iep", "nearby", "similar-age-child"];
        return new Needs(random.ListItem(notes), random.ArrayElement(ParentToParentReasons), Qualities(random, qualities, bilingual), random.ArrayElement(ParentToParentPreferences), culturalMatch ? true : null);
    }

    /// <summary>Topic codes of what an information-only request was given.</summary>
    public static string[] InformationGiven(Randomizer random, ProgramKind kind)
    {
        string[] topics = kind == ProgramKind.ChildWelfare
            ? ["court-process", "support-groups", "parenting-resources", "recovery-resources"]
            : ["diagnosis-resources", "support-groups", "early-intervention", "insurance-and-benefits"];
        return [.. random.Shuffle(topics).Take(random.Number(1, 2))];
    }

    private static string[] Qualities(Randomizer random, string[] qualities, bool bilingual)
    {
        var picked = random.Shuffle(qualities).Take(random.Number(1, 3)).ToList();
        if (bilingual)
        {
            picked.Add("bilingual");
        }
        return [.. picked];
    }
}
