using ParentPartner.DemoSeed.Settings;

namespace ParentPartner.DemoSeed.Programs;

/// <summary>The two demo programs `pp up` seeds: Iowa's child-welfare parent partners and Washington's Parent to Parent.</summary>
public static class DemoPrograms
{
    private static readonly LanguageGroup English = new(["en"], "en_US", Backgrounds: ["African American", "White", "Native American", "Black"]);
    private static readonly string[] Latino = ["Mexican American", "Latina/o", "Guatemalan"];

    public static readonly DemoProgram IowaParentPartner = new()
    {
        ProgramId = "ia-parent-partner",
        Name = "Iowa Parent Partner Program",
        Kind = ProgramKind.ChildWelfare,
        StateCode = "IA",
        TimeZone = "America/Chicago",
        Coordinator = "coord.iowa",
        Admin = "admin.iowa",
        SupportParentAccount = "partner.iowa",
        Referrals = 120,
        SupportParents = 36,
        Seed = 1901,
        Counties = Counties(
            ("Polk", "515", 20), ("Linn", "319", 9), ("Scott", "563", 8), ("Black Hawk", "319", 7), ("Johnson", "319", 6), ("Woodbury", "712", 6),
            ("Dubuque", "563", 4), ("Pottawattamie", "712", 5), ("Story", "515", 3), ("Dallas", "515", 3), ("Wapello", "641", 3), ("Des Moines", "319", 3),
            ("Webster", "515", 2), ("Cerro Gordo", "641", 2), ("Muscatine", "563", 2), ("Marshall", "641", 3), ("Clinton", "563", 2), ("Lee", "319", 2)),
        Languages =
        [
            new(English, 78),
            new(new LanguageGroup(["es", "en"], "es_MX", Backgrounds: Latino), 12),
            new(new LanguageGroup(["es"], "es_MX", Backgrounds: Latino), 10),
        ],
        Sources =
        [
            new("child-welfare-agency", 55), new("court", 20), new("self", 12),
            new("community-organisation", 6), new("hospital-or-clinic", 3), new("school", 2), new("other", 2),
        ],
        Referrers = new Dictionary<string, string[]>
        {
            ["child-welfare-agency"] = ["{county} County HHS Child Welfare", "{county} County Family Services Unit"],
            ["court"] = ["{county} County Juvenile Court", "{county} County Family Treatment Court"],
            ["community-organisation"] = ["{county} Family Resource Center", "{county} Recovery Community"],
            ["hospital-or-clinic"] = ["{county} Community Health Clinic"],
            ["school"] = ["{county} Community School District"],
            ["other"] = ["{county} Faith Community Outreach"],
        },
        // Parent partners are paid (employees or contractors) and carry a real caseload; most work in English.
        Pool = new SupportParentPool
        {
            Languages =
            [
                new(English, 72),
                new(new LanguageGroup(["es", "en"], "es_MX", Backgrounds: Latino), 22),
                new(new LanguageGroup(["ar", "en"], null, InventedNames.Arabic, ["Sudanese", "Iraqi"]), 3),
                new(new LanguageGroup(["vi", "en"], "vi", Backgrounds: ["Vietnamese American"]), 3),
            ],
            EmploymentTypes = [new(EmploymentType.Employee, 45), new(EmploymentType.Contractor, 45), new(EmploymentType.Volunteer, 10)],
            MinCaseload = 8,
            MaxCaseload = 15,
            Fathers = 0.2f,
            Trainers = ["Tamara Vrba, parent partner lead", "Denise Okafor, HHS training coordinator", "Luis Carranza, parent partner mentor"],
            Venues = ["Polk County HHS office, training room B (Des Moines)", "Linn County HHS office, training room (Cedar Rapids)", "Video call (link sent to trainees)"],
        },
        DefaultMaxCaseload = 15,
        // Parent partners go to court hearings and family team meetings with the parent: the same county weighs more, a child's age less.
        MatchingWeights = new MatchingWeights(Experience: 35, ChildAge: 5, County: 25, Language: 5, Availability: 15, CulturalBackground: 5, LoadBalance: 10),
    };

    public static readonly DemoProgram WashingtonP2P = new()
    {
        ProgramId = "wa-p2p",
        Name = "Washington Parent to Parent",
        Kind = ProgramKind.P2p,
        StateCode = "WA",
        TimeZone = "America/Los_Angeles",
        Coordinator = "coord.washington",
        Admin = "admin.washington",
        SupportParentAccount = "partner.washington",
        Referrals = 120,
        SupportParents = 34,
        Seed = 1889,
        Counties = Counties(
            ("King", "206", 30), ("Pierce", "253", 12), ("Snohomish", "425", 11), ("Spokane", "509", 7), ("Clark", "360", 7), ("Thurston", "360", 4),
            ("Kitsap", "360", 4), ("Yakima", "509", 4), ("Whatcom", "360", 3), ("Benton", "509", 3), ("Skagit", "360", 2), ("Franklin", "509", 2),
            ("Cowlitz", "360", 2), ("Grant", "509", 2), ("Chelan", "509", 1), ("Walla Walla", "509", 1), ("Clallam", "360", 1), ("Grays Harbor", "360", 1)),
        Languages =
        [
            new(English, 62),
            new(new LanguageGroup(["es", "en"], "es_MX", Backgrounds: Latino), 10),
            new(new LanguageGroup(["es"], "es_MX", Backgrounds: Latino), 8),
            new(new LanguageGroup(["vi", "en"], "vi", Backgrounds: ["Vietnamese American"]), 7),
            new(new LanguageGroup(["zh", "en"], "zh_CN", Backgrounds: ["Chinese American", "Taiwanese American"]), 6),
            new(new LanguageGroup(["so", "en"], null, InventedNames.Somali, ["Somali"]), 7),
        ],
        Sources =
        [
            new("hospital-or-clinic", 40), new("school", 22), new("self", 20),
            new("community-organisation", 12), new("other", 6),
        ],
        Referrers = new Dictionary<string, string[]>
        {
            ["hospital-or-clinic"] = ["{county} Children's Clinic", "{county} Pediatric Therapy Center", "{county} Neonatal Follow-up Program"],
            ["school"] = ["{county} School District Special Education", "{county} Early Intervention Services"],
            ["community-organisation"] = ["{county} Family Resource Network", "{county} Disability Parent Coalition"],
            ["other"] = ["{county} Public Health Nurse Program"],
        },
        ConditionCategories = Conditions(
            ("autism", "autism", 18), ("developmental-delay", "a developmental delay", 12), ("prematurity", "prematurity (NICU graduate)", 8),
            ("adhd", "ADHD", 8), ("mental-health", "a mental health condition", 8), ("down-syndrome", "Down syndrome", 6),
            ("medical-complexity", "complex medical needs", 6), ("congenital-heart", "a congenital heart defect", 5), ("genetic-syndrome", "a rare genetic syndrome", 5),
            ("cerebral-palsy", "cerebral palsy", 4), ("epilepsy", "epilepsy", 4), ("hearing-loss", "hearing loss", 4), ("diabetes", "type 1 diabetes", 3),
            ("feeding-challenges", "feeding challenges (tube feeding)", 3), ("vision-loss", "vision loss", 2), ("spina-bifida", "spina bifida", 2), ("cancer", "childhood cancer", 2)),
        // Parent to Parent support parents are mostly volunteers who take a few families at a time.
        Pool = new SupportParentPool
        {
            Languages =
            [
                new(English, 55),
                new(new LanguageGroup(["es", "en"], "es_MX", Backgrounds: Latino), 16),
                new(new LanguageGroup(["vi", "en"], "vi", Backgrounds: ["Vietnamese American"]), 8),
                new(new LanguageGroup(["so", "en"], null, InventedNames.Somali, ["Somali"]), 8),
                new(new LanguageGroup(["zh", "en"], "zh_CN", Backgrounds: ["Chinese American"]), 7),
                new(new LanguageGroup(["ar", "en"], null, InventedNames.Arabic, ["Iraqi", "Syrian"]), 6),
            ],
            EmploymentTypes = [new(EmploymentType.Volunteer, 80), new(EmploymentType.Employee, 12), new(EmploymentType.Contractor, 8)],
            MinCaseload = 5,
            MaxCaseload = 10,
            Fathers = 0.2f,
            Trainers = ["Mai Tran, Parent to Parent coordinator", "Rebecca Lindqvist, family support trainer", "Abdirahman Yusuf, cultural navigator"],
            Venues = ["King County family resource room (Seattle)", "Pierce County library meeting room (Tacoma)", "Video call (link sent to trainees)"],
        },
        DefaultMaxCaseload = 8,
        MatchingWeights = new MatchingWeights(Experience: 40, ChildAge: 15, County: 10, Language: 5, Availability: 15, CulturalBackground: 5, LoadBalance: 10),
    };

    public static IReadOnlyList<DemoProgram> All { get; } = [IowaParentPartner, WashingtonP2P];

    private static Weighted<County>[] Counties(params (string Name, string AreaCode, float Weight)[] counties) =>
        [.. counties.Select(c => new Weighted<County>(new County(c.Name, c.AreaCode), c.Weight))];

    private static Weighted<ConditionCategory>[] Conditions(params (string Code, string Words, float Weight)[] conditions) =>
        [.. conditions.Select(c => new Weighted<ConditionCategory>(new ConditionCategory(c.Code, c.Words), c.Weight))];
}
