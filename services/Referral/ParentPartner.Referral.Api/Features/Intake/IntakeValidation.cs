using System.Text.RegularExpressions;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Referral.Api.Features.Intake;

/// <summary>
/// Shape checks shared by staff intake and the public form (400 with field errors). Names and free text
/// may be in any script; codes, tags and ids are plain ASCII so a look-alike letter cannot pass as another.
/// </summary>
public static partial class IntakeValidation
{
    public const int MaxFreeText = 2000;
    public const int MaxChildAge = 25;

    public static FieldErrors Parent(this FieldErrors errors, ParentInput? parent)
    {
        if (parent is null)
        {
            return errors;
        }
        errors.Line("parent.firstName", parent.FirstName, 100)
              .Line("parent.lastName", parent.LastName, 100)
              .Line("parent.email", parent.Email, 254)
              .Line("parent.phone", parent.Phone, 40)
              .Line("parent.county", parent.County, 100)
              .Line("parent.culturalBackground", parent.CulturalBackground, 200);
        return errors.Email("parent.email", parent.Email)
            .Phone("parent.phone", parent.Phone)
            .LanguageTags("parent.preferredLanguages", parent.PreferredLanguages ?? []);
    }

    public static FieldErrors Child(this FieldErrors errors, ChildInput? child)
    {
        if (child?.Age is < 0 or > MaxChildAge)
        {
            errors.Add("child.age", $"must be between 0 and {MaxChildAge} years.");
        }
        return errors.Codes("child.conditionCategories", child?.ConditionCategories, 20);
    }

    public static FieldErrors Case(this FieldErrors errors, CaseInput? @case) =>
        @case is not null && @case.Stage is null ? errors.Add("case.stage", "is required when a case is given.") : errors;

    public static FieldErrors Needs(this FieldErrors errors, NeedsInput? needs, ParentInput? parent)
    {
        if (needs is null)
        {
            return errors;
        }
        errors.Text("needs.challenges", needs.Challenges)
              .Text("needs.reasonForSupport", needs.ReasonForSupport)
              .Text("needs.preferences", needs.Preferences)
              .Codes("needs.qualitiesHopedFor", needs.QualitiesHopedFor, 20);
        if (needs.CulturalMatch == true && string.IsNullOrWhiteSpace(parent?.CulturalBackground))
        {
            errors.Add("needs.culturalMatch", "needs parent.culturalBackground: matching can only consider a background the family gave.");
        }
        return errors;
    }

    public static FieldErrors ProgramId(this FieldErrors errors, string field, string? programId)
    {
        errors.Required(field, programId);
        return programId is { Length: > 0 } && !ProgramIdShape().IsMatch(programId)
            ? errors.Add(field, "is not a program id (letters, digits, '.', '_' or '-', at most 64).")
            : errors;
    }

    /// <summary>A single line: length-limited, no control characters (a NUL would not even reach the database).</summary>
    public static FieldErrors Line(this FieldErrors errors, string field, string? value, int max)
    {
        errors.MaxLength(field, value, max);
        return value is not null && value.Any(char.IsControl) ? errors.Add(field, "may not contain control characters.") : errors;
    }

    /// <summary>Free text: line breaks and tabs allowed, other control characters not.</summary>
    public static FieldErrors Text(this FieldErrors errors, string field, string? value, int max = MaxFreeText)
    {
        errors.MaxLength(field, value, max);
        return value is not null && value.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'))
            ? errors.Add(field, "may not contain control characters other than line breaks and tabs.")
            : errors;
    }

    /// <summary>A list of kebab-case codes ("congenital-heart", "bilingual").</summary>
    public static FieldErrors Codes(this FieldErrors errors, string field, IReadOnlyList<string?>? codes, int maxCount)
    {
        if (codes is null)
        {
            return errors;
        }
        if (codes.Count > maxCount)
        {
            errors.Add(field, $"may list at most {maxCount} codes.");
        }
        foreach (var code in codes.Where(c => c is null || !CodeShape().IsMatch(c)))
        {
            errors.Add(field, $"'{ContactFieldRules.Excerpt(code)}' is not a code (lower-case letters, digits and single hyphens, at most 40).");
        }
        return errors;
    }

    public static bool IsCode(string value) => CodeShape().IsMatch(value);

    [GeneratedRegex(@"^(?=.{1,40}$)[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeShape();

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex ProgramIdShape();
}
