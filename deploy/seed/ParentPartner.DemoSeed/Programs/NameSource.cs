using Bogus;
using Bogus.Bson;
using Bogus.DataSets;

namespace ParentPartner.DemoSeed.Programs;

/// <summary>Invented names for a language group, drawn from one seeded stream: a Bogus locale, or the group's own lists.</summary>
public sealed class NameSource(Randomizer random)
{
    private readonly Dictionary<string, Faker> _locales = [];
    private readonly Dictionary<string, HashSet<string>> _maleNames = [];

    /// <param name="male">Null: whichever Bogus picks (the families' names, unchanged since the first demo data).</param>
    public (string First, string Last) Next(LanguageGroup group, bool? male = null)
    {
        if (group.NameLocale is null)
        {
            var names = group.Names ?? throw new InvalidOperationException($"{string.Join('/', group.Languages)}: no locale and no names");
            var firstNames = male is null ? names.FirstNames : [.. names.FirstNames.Where(n => names.MaleFirstNames.Contains(n) == male)];
            return (random.ArrayElement(firstNames), random.ArrayElement(names.LastNames));
        }
        var faker = Locale(group.NameLocale);
        var first = male is null
            ? faker.Name.FirstName()
            : Locale(Gendered(group.NameLocale)).Name.FirstName(male.Value ? Name.Gender.Male : Name.Gender.Female);
        return (first, faker.Name.LastName());
    }

    /// <summary>Whether a given name is a man's in the group's names (false when the locale does not say).</summary>
    public bool IsMale(LanguageGroup group, string firstName)
    {
        if (group.NameLocale is null)
        {
            return group.Names?.MaleFirstNames.Contains(firstName) ?? false;
        }
        var locale = Gendered(group.NameLocale);
        if (!_maleNames.TryGetValue(locale, out var male))
        {
            male = Bogus.Database.HasKey("name", "male_first_name", locale, null)
                ? [.. ((BArray)Bogus.Database.Get("name", "male_first_name", locale, null)).Cast<BValue>().Select(v => v.StringValue)]
                : [];
            _maleNames[locale] = male;
        }
        return male.Contains(firstName);
    }

    /// <summary>
    /// A locale that knows men's and women's given names: the one asked for, else its language
    /// (en_US → en, es_MX → es); Bogus's en_US and es_MX only have one list of given names.
    /// </summary>
    private static string Gendered(string locale)
    {
        var language = locale.Split('_')[0];
        return !Bogus.Database.HasKey("name", "male_first_name", locale, null)
               && Bogus.Database.LocaleResourceExists(language) && Bogus.Database.HasKey("name", "male_first_name", language, null)
            ? language
            : locale;
    }

    private Faker Locale(string locale)
    {
        if (!_locales.TryGetValue(locale, out var faker))
        {
            faker = new Faker(locale) { Random = random };
            _locales[locale] = faker;
        }
        return faker;
    }
}
