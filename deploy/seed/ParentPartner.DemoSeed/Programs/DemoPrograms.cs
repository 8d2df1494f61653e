namespace ParentPartner.DemoSeed.Programs;

/// <summary>The two demo programs `pp up` seeds: Iowa's child-welfare parent partners and Washington's Parent to Parent.</summary>
public static class DemoPrograms
{
    private static readonly LanguageGroup English = new(["en"], "en_US");

    public static readonly DemoProgram IowaParentPartner = new()
    {
        ProgramId = "ia-parent-partner",
        Coordinator = "coord.iowa",
        Referrals = 120,
        Seed = 1901,
        Counties = Counties(
            ("Polk", "515", 20), ("Linn", "319", 9), ("Scott", "563", 8), ("Black Hawk", "319", 7), ("Johnson", "319", 6), ("Woodbury", "712", 6),
            ("Dubuque", "563", 4), ("Pottawattamie", "712", 5), ("Story", "515", 3), ("Dallas", "515", 3), ("Wapello", "641", 3), ("Des Moines", "319", 3),
            ("Webster", "515", 2), ("Cerro Gordo", "641", 2), ("Muscatine", "563", 2), ("Marshall", "641", 3), ("Clinton", "563", 2), ("Lee", "319", 2)),
        Languages =
        [
            new(English, 78),
            new(new LanguageGroup(["es", "en"], "es_MX"), 12),
            new(new LanguageGroup(["es"], "es_MX"), 10),
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
    };

    public static readonly DemoProgram WashingtonP2P = new()
    {
        ProgramId = "wa-p2p",
        Coordinator = "coord.washington",
        Referrals = 120,
        Seed = 1889,
        Counties = Counties(
            ("King", "206", 30), ("Pierce", "253", 12), ("Snohomish", "425", 11), ("Spokane", "509", 7), ("Clark", "360", 7), ("Thurston", "360", 4),
            ("Kitsap", "360", 4), ("Yakima", "509", 4), ("Whatcom", "360", 3), ("Benton", "509", 3), ("Skagit", "360", 2), ("Franklin", "509", 2),
            ("Cowlitz", "360", 2), ("Grant", "509", 2), ("Chelan", "509", 1), ("Walla Walla", "509", 1), ("Clallam", "360", 1), ("Grays Harbor", "360", 1)),
        Languages =
        [
            new(English, 62),
            new(new LanguageGroup(["es", "en"], "es_MX"), 10),
            new(new LanguageGroup(["es"], "es_MX"), 8),
            new(new LanguageGroup(["vi", "en"], "vi"), 7),
            new(new LanguageGroup(["zh", "en"], "zh_CN"), 6),
            new(new LanguageGroup(["so", "en"], null, InventedNames.Somali), 7),
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
    };

    public static IReadOnlyList<DemoProgram> All { get; } = [IowaParentPartner, WashingtonP2P];

    private static Weighted<County>[] Counties(params (string Name, string AreaCode, float Weight)[] counties) =>
        [.. counties.Select(c => new Weighted<County>(new County(c.Name, c.AreaCode), c.Weight))];
}
