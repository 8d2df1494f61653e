using System.Text;
using Bogus;
using ParentPartner.DemoSeed.Programs;

namespace ParentPartner.DemoSeed.Referrals;

/// <summary>
/// Invented families for one program: names from their language's locale, example.org addresses,
/// 555-01xx numbers, and referrers that fit the source. Seeded, so every run invents the same ones;
/// only the consent dates move with the calendar (they must not lie in the future).
/// </summary>
public sealed class ReferralFaker
{
    private readonly DemoProgram _program;
    private readonly Randomizer _random;
    private readonly Dictionary<string, Faker> _locales = [];

    public ReferralFaker(DemoProgram program)
    {
        _program = program;
        _random = new Randomizer(program.Seed);
    }

    /// <param name="today">Consent dates count back from here (start of a day, so a day's runs agree).</param>
    public ReferralRequest Next(DateTimeOffset today)
    {
        var county = Weighted<County>.Pick(_random, _program.Counties);
        var languages = Weighted<LanguageGroup>.Pick(_random, _program.Languages);
        var (firstName, lastName) = Name(languages);
        var source = Weighted<string>.Pick(_random, _program.Sources);
        return new ReferralRequest(
            _program.ProgramId,
            source,
            Referrer(source, county.Name),
            new Parent(
                firstName,
                lastName,
                $"{Ascii(firstName, "parent")}.{Ascii(lastName, "family")}{_random.Number(10, 99)}@example.org",
                $"{county.AreaCode}-555-01{_random.Number(0, 99):00}",
                languages.Languages,
                county.Name),
            new Consent(
                today.AddDays(-_random.Number(1, 90)).AddMinutes(_random.Number(8 * 60, 18 * 60)),
                _random.WeightedRandom(["matching-and-contact", "information-only"], [0.85f, 0.15f])));
    }

    private (string First, string Last) Name(LanguageGroup group)
    {
        if (group.NameLocale is null)
        {
            var names = group.Names ?? throw new InvalidOperationException($"{string.Join('/', group.Languages)}: no locale and no names");
            return (_random.ArrayElement(names.FirstNames), _random.ArrayElement(names.LastNames));
        }
        if (!_locales.TryGetValue(group.NameLocale, out var faker))
        {
            faker = new Faker(group.NameLocale) { Random = _random };
            _locales[group.NameLocale] = faker;
        }
        return (faker.Name.FirstName(), faker.Name.LastName());
    }

    private Referrer? Referrer(string source, string county)
    {
        if (!_program.Referrers.TryGetValue(source, out var organisations))
        {
            return null;
        }
        var organisation = _random.ArrayElement(organisations).Replace("{county}", county, StringComparison.Ordinal);
        return new Referrer(organisation, $"intake@{Ascii(organisation, "referrer").Replace('.', '-')}.example");
    }

    /// <summary>Lower-case ASCII letters only (accents dropped), or the fallback when nothing is left (e.g. Chinese names).</summary>
    private static string Ascii(string text, string fallback)
    {
        var letters = new StringBuilder();
        foreach (var c in text.ToLowerInvariant())
        {
            var plain = Fold(c);
            if (plain is >= 'a' and <= 'z')
            {
                letters.Append(plain);
            }
            else if (plain == ' ' && letters.Length > 0 && letters[^1] != '.')
            {
                letters.Append('.');
            }
        }
        var result = letters.ToString().Trim('.');
        return result.Length > 0 ? result : fallback;
    }

    // Accented Latin letters of Spanish and Vietnamese names → their base letter.
    private static char Fold(char c) => c switch
    {
        'á' or 'à' or 'ả' or 'ã' or 'ạ' or 'ă' or 'ắ' or 'ằ' or 'ẳ' or 'ẵ' or 'ặ' or 'â' or 'ấ' or 'ầ' or 'ẩ' or 'ẫ' or 'ậ' => 'a',
        'é' or 'è' or 'ẻ' or 'ẽ' or 'ẹ' or 'ê' or 'ế' or 'ề' or 'ể' or 'ễ' or 'ệ' => 'e',
        'í' or 'ì' or 'ỉ' or 'ĩ' or 'ị' or 'ï' => 'i',
        'ó' or 'ò' or 'ỏ' or 'õ' or 'ọ' or 'ô' or 'ố' or 'ồ' or 'ổ' or 'ỗ' or 'ộ' or 'ơ' or 'ớ' or 'ờ' or 'ở' or 'ỡ' or 'ợ' => 'o',
        'ú' or 'ù' or 'ủ' or 'ũ' or 'ụ' or 'ư' or 'ứ' or 'ừ' or 'ử' or 'ữ' or 'ự' or 'ü' => 'u',
        'ý' or 'ỳ' or 'ỷ' or 'ỹ' or 'ỵ' => 'y',
        'đ' => 'd',
        'ñ' => 'n',
        _ => c,
    };
}
