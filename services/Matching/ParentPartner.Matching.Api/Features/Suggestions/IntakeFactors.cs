using ParentPartner.Matching.Api.Domain;
using ParentPartner.Matching.Engine.Scoring;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Matching.Api.Features.Suggestions;

/// <summary>Lists every intake factor matching holds for a referral with how it counts: hard, scored, or recorded, not scored.</summary>
public static class IntakeFactors
{
    public const string Hard = "hard";
    public const string Scored = "scored";
    public const string NotScored = "recorded-not-scored";
    public const string NotGiven = "not-given";

    public static IReadOnlyList<IntakeFactor> Of(QueuedReferral referral, ProgramSettings settings)
    {
        var factors = new List<IntakeFactor>
        {
            referral.ChildAge is { } age
                ? Score("child-age", age.ToString(System.Globalization.CultureInfo.InvariantCulture), ScoreTerm.ChildAge, "Nearer ages score higher.", settings.ChildAgeWeight)
                : Missing("child-age"),
            referral.ConditionCategories.Length > 0
                ? Score("condition-categories", string.Join(",", referral.ConditionCategories), ScoreTerm.Experience, "The share of the child's condition categories the support parent has lived.", settings.ExperienceWeight)
                : Missing("condition-categories"),
            referral.CaseStage is { } stage
                ? Score("case-stage", stage, ScoreTerm.Experience, "Having lived the same case stage.", settings.ExperienceWeight)
                : Missing("case-stage"),
            referral.Languages.Length > 0
                ? new IntakeFactor("languages", string.Join(",", referral.Languages), Hard, nameof(ScoreTerm.Language),
                    "A shared language is required; the family's first preference also scores.")
                : Missing("languages"),
            referral.FatherToFatherWanted
                ? new IntakeFactor("father-to-father", "true", Hard, null, "Only fathers are proposed.")
                : Missing("father-to-father"),
            referral.County is { } county
                ? Score("county", county, ScoreTerm.County, "Same county scores (a nearby one partly where the program set proximity).", settings.CountyWeight)
                : Missing("county"),
            referral.AvailableEvenings || referral.AvailableWeekends
                ? Score("availability", Availability(referral), ScoreTerm.Availability, "The share of the family's times the support parent is available.", settings.AvailabilityWeight)
                : Missing("availability"),
            referral.CulturalBackground is { } culture
                ? Score("cultural-background", culture, ScoreTerm.CulturalBackground, "The family asked for it: the same background scores.", settings.CulturalBackgroundWeight)
                : Missing("cultural-background"),
        };
        foreach (var tag in referral.QualitiesHopedFor)
        {
            factors.Add(Qualities.Parse(tag) is var quality && quality != Quality.None
                ? Score("quality", tag, ScoreTerm.QualitiesHopedFor, $"Checked as \"{Qualities.Name(quality)}\" in the hoped-for qualities term.", settings.QualitiesWeight)
                : new IntakeFactor("quality", tag, NotScored, null, "Recorded, not scored: the matching profile cannot tell it; weigh it when choosing."));
        }
        // Free text never travels to matching (no free text in the matching profile): the coordinator reads it on the referral.
        factors.Add(new IntakeFactor("preferences", null, NotScored, null,
            "Recorded, not scored: the family's own words stay with the referral (GET /api/referrals/{id}); father-to-father and cultural background above are the preferences matching checks."));
        return factors;
    }

    private static IntakeFactor Score(string factor, string value, ScoreTerm term, string how, int weight) =>
        weight > 0
            ? new IntakeFactor(factor, value, Scored, KebabEnum.Name(term), how)
            : new IntakeFactor(factor, value, NotScored, KebabEnum.Name(term), "Recorded, not scored: the program weights this term 0.");

    private static IntakeFactor Missing(string factor) => new(factor, null, NotGiven, null, "Not given at intake.");

    private static string Availability(QueuedReferral referral) =>
        string.Join(",", new[] { referral.AvailableEvenings ? "evenings" : null, referral.AvailableWeekends ? "weekends" : null }.OfType<string>());
}
