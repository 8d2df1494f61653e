using System.Text.RegularExpressions;

namespace ParentPartner.ServiceDefaults.Validation;

/// <summary>
/// Field checks every request shares: text (no control characters: PostgreSQL refuses NUL, logs and CSVs choke on
/// the rest), ranges, plausible dates, kebab-case codes, account subjects. Messages never echo more than a short
/// prefix of the input.
/// </summary>
public static partial class TextRules
{
    public static readonly DateOnly EarliestDate = new(1900, 1, 1);

    /// <summary>Required, at most <paramref name="max"/> characters, no control characters (PostgreSQL text refuses NUL; logs and CSVs choke on the rest).</summary>
    public static FieldErrors Text(this FieldErrors errors, string field, string? value, int max, bool required = false)
    {
        if (required)
        {
            errors.Required(field, value);
        }
        if (value is null)
        {
            return errors;
        }
        errors.MaxLength(field, value, max);
        return value.Any(char.IsControl) ? errors.Add(field, "may not contain control characters.") : errors;
    }

    public static FieldErrors Range(this FieldErrors errors, string field, int? value, int min, int max, bool required = true)
    {
        if (value is null)
        {
            return required ? errors.Add(field, "is required.") : errors;
        }
        return value < min || value > max ? errors.Add(field, $"must be between {min} and {max}.") : errors;
    }

    public static FieldErrors Date(this FieldErrors errors, string field, DateOnly? value) =>
        value < EarliestDate ? errors.Add(field, $"must be on or after {EarliestDate:yyyy-MM-dd}.") : errors;

    public static FieldErrors Slugs(this FieldErrors errors, string field, IReadOnlyList<string?>? values, int maxItems)
    {
        if (values is null)
        {
            return errors;
        }
        if (values.Count > maxItems)
        {
            errors.Add(field, $"may list at most {maxItems} items.");
        }
        foreach (var value in values.Where(v => !IsSlug(v)))
        {
            errors.Add(field, $"'{ContactFieldRules.Excerpt(value)}' is not a kebab-case code (lowercase letters, digits and single hyphens, at most 50 characters).");
        }
        if (values.Distinct(StringComparer.Ordinal).Count() != values.Count)
        {
            errors.Add(field, "lists the same item twice.");
        }
        return errors;
    }

    /// <summary>At least one language; the tags' shape is the shared contact rule.</summary>
    public static FieldErrors SpokenLanguages(this FieldErrors errors, string field, IReadOnlyList<string?>? values) =>
        values is null || values.Count == 0
            ? errors.Add(field, "needs at least one language (BCP 47 tag, e.g. en, es-MX).")
            : errors.LanguageTags(field, values);

    public static FieldErrors Subject(this FieldErrors errors, string field, string? value) =>
        value is not null && !SubjectShape().IsMatch(value) ? errors.Add(field, "is not an account subject id (letters, digits and - _ . : @, at most 100).") : errors;

    public static bool IsSlug(string? value) => value is { Length: <= 50 } && SlugShape().IsMatch(value);

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex SlugShape();

    [GeneratedRegex(@"^[A-Za-z0-9_.:@\-]{1,100}$")]
    private static partial Regex SubjectShape();
}
