using System.Text.RegularExpressions;

namespace ParentPartner.ServiceDefaults.Validation;

/// <summary>
/// Shape checks for the contact fields every intake form has (email, phone, BCP 47 language tags), so a
/// family's and a support parent's details are held to the same rules. Messages quote at most a short
/// prefix of the input.
/// </summary>
public static partial class ContactFieldRules
{
    public const int MaxLanguages = 10;

    public static FieldErrors Email(this FieldErrors errors, string field, string? value) =>
        value is { Length: > 0 } && !EmailShape().IsMatch(value) ? errors.Add(field, "is not an email address.") : errors;

    public static FieldErrors Phone(this FieldErrors errors, string field, string? value) =>
        value is { Length: > 0 } && !PhoneShape().IsMatch(value) ? errors.Add(field, "may hold digits, spaces, +, -, ( and ) only.") : errors;

    /// <summary>At most <see cref="MaxLanguages"/> tags, each a BCP 47 tag in plain ASCII (e.g. en, es-MX).</summary>
    public static FieldErrors LanguageTags(this FieldErrors errors, string field, IReadOnlyList<string?> values)
    {
        if (values.Count > MaxLanguages)
        {
            errors.Add(field, $"may list at most {MaxLanguages} languages.");
        }
        foreach (var value in values.Where(v => v is null || !LanguageTag().IsMatch(v)))
        {
            errors.Add(field, $"'{Excerpt(value)}' is not a BCP 47 language tag (e.g. en, es-MX).");
        }
        return errors;
    }

    /// <summary>The first 20 characters of a value, for quoting it in an error message.</summary>
    public static string Excerpt(string? value) => value is null ? "null" : value.Length <= 20 ? value : value[..20] + "…";

    [GeneratedRegex(@"^[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s]{2,}$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^[0-9+()\- ]{5,40}$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
