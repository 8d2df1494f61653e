using Bogus;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Referrals;

/// <summary>
/// Invented families for one program: names from their language's locale, example.org addresses,
/// 555-01xx numbers, referrers that fit the source, the intake details matching needs, and how far
/// screening takes each. Seeded, so every run invents the same ones; only the consent dates move with
/// the calendar (they must not lie in the future).
/// </summary>
public sealed class ReferralFaker
{
    private readonly DemoProgram _program;

    // The families themselves (names, contacts, consent): the same stream as the first demo data, so a
    // platform seeded by that version still recognises its families.
    private readonly Randomizer _random;
    private readonly NameSource _names;

    // Intake details and screening draw from their own stream, so adding them changed no family.
    private readonly Randomizer _intake;
    private int _index;

    public ReferralFaker(DemoProgram program)
    {
        _program = program;
        _random = new Randomizer(program.Seed);
        _names = new NameSource(_random);
        _intake = new Randomizer(program.Seed + 1);
    }

    /// <param name="today">Consent dates count back from here (start of a day, so a day's runs agree).</param>
    public DemoReferral Next(DateTimeOffset today)
    {
        var county = Weighted<County>.Pick(_random, _program.Counties);
        var languages = Weighted<LanguageGroup>.Pick(_random, _program.Languages);
        var (firstName, lastName) = _names.Next(languages);
        var source = Weighted<string>.Pick(_random, _program.Sources);
        var referrer = Referrer(source, county.Name);
        var parent = new Parent(
            firstName,
            lastName,
            $"{AsciiLetters.Of(firstName, "parent")}.{AsciiLetters.Of(lastName, "family")}{_random.Number(10, 99)}@example.org",
            $"{county.AreaCode}-555-01{_random.Number(0, 99):00}",
            languages.Languages,
            county.Name);
        var consent = new Consent(
            today.AddDays(-_random.Number(1, 90)).AddMinutes(_random.Number(8 * 60, 18 * 60)),
            _random.WeightedRandom(["matching-and-contact", "information-only"], [0.85f, 0.15f]));

        var background = languages.Backgrounds is { Length: > 0 } backgrounds && _intake.Bool(0.2f) ? _intake.ArrayElement(backgrounds) : null;
        var culturalMatch = background is not null && _intake.Bool(0.5f);
        var bilingual = languages.Languages.Any(l => l != "en");
        parent = parent with
        {
            Availability = new Availability(_intake.Bool(0.55f), _intake.Bool(0.4f)),
            FatherToFather = _names.IsMale(languages, firstName) && _intake.Bool(0.3f) ? true : null,
            CulturalBackground = background,
        };
        var body = new ReferralRequest(_program.ProgramId, source, referrer, parent, consent);
        body = _program.Kind == ProgramKind.ChildWelfare ? ChildWelfareIntake(body, bilingual, culturalMatch) : ParentToParentIntake(body, bilingual, culturalMatch);
        return new DemoReferral(_index++, body, Screening(consent.Scope));
    }

    private ReferralRequest ChildWelfareIntake(ReferralRequest body, bool bilingual, bool culturalMatch)
    {
        var stage = _intake.WeightedRandom(
            [CaseStage.PreRemoval, CaseStage.ShelterHearing, CaseStage.InCare, CaseStage.Reunified], [0.25f, 0.15f, 0.45f, 0.15f]);
        var youngest = _intake.Bool(0.5f) ? _intake.Number(0, 5) : _intake.Number(6, 17);
        return body with
        {
            Child = new Child(youngest, null),
            Case = new CaseDetails(stage),
            Needs = IntakeNotes.ChildWelfare(_intake, stage, bilingual, culturalMatch),
        };
    }

    private ReferralRequest ParentToParentIntake(ReferralRequest body, bool bilingual, bool culturalMatch)
    {
        var age = _intake.WeightedRandom([0, 1, 2], [0.4f, 0.35f, 0.25f]) switch
        {
            0 => _intake.Number(0, 3),
            1 => _intake.Number(4, 11),
            _ => _intake.Number(12, 21),
        };
        var condition = Weighted<ConditionCategory>.Pick(_intake, _program.ConditionCategories);
        var second = _intake.Bool(0.25f) ? Weighted<ConditionCategory>.Pick(_intake, _program.ConditionCategories) : condition;
        return body with
        {
            Child = new Child(age, [.. new[] { condition.Code, second.Code }.Distinct()]),
            Needs = IntakeNotes.ParentToParent(_intake, age, condition, bilingual, culturalMatch),
        };
    }

    private ScreeningDecision Screening(string consentScope)
    {
        if (consentScope == "information-only")
        {
            return _intake.Bool(0.8f)
                ? new ScreeningDecision(ReferralStatus.InformationOnly, InformationGiven: IntakeNotes.InformationGiven(_intake, _program.Kind))
                : ScreeningDecision.LeftReceived;
        }
        var target = _intake.WeightedRandom(
            [ReferralStatus.ReadyForMatching, ReferralStatus.Screened, ReferralStatus.Received, ReferralStatus.Withdrawn], [0.55f, 0.12f, 0.23f, 0.10f]);
        return target == ReferralStatus.Withdrawn
            ? new ScreeningDecision(target, _intake.WeightedRandom(["family-declined", "unreachable", "moved-away"], [0.4f, 0.4f, 0.2f]))
            : new ScreeningDecision(target);
    }

    private Referrer? Referrer(string source, string county)
    {
        if (!_program.Referrers.TryGetValue(source, out var organisations))
        {
            return null;
        }
        var organisation = _random.ArrayElement(organisations).Replace("{county}", county, StringComparison.Ordinal);
        return new Referrer(organisation, $"intake@{AsciiLetters.Of(organisation, "referrer").Replace('.', '-')}.example");
    }
}
