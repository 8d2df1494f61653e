using System.Text.RegularExpressions;

namespace ParentPartner.ServiceDefaults.Validation;

/// <summary>
/// What a program id looks like everywhere (route segments, query strings, bodies, columns): letters, digits,
/// '.', '_' or '-', starting with a letter or digit, at most <see cref="MaxLength"/>. ServiceDbContext gives every
/// program-owned column this length by convention.
/// </summary>
public static partial class ProgramIdRule
{
    public const int MaxLength = 64;

    public static bool IsValid(string? programId) => programId is not null && Shape().IsMatch(programId);

    public static FieldErrors ProgramId(this FieldErrors errors, string field, string? programId, bool required = true)
    {
        if (programId is null)
        {
            return required ? errors.Add(field, "is required.") : errors;
        }
        return IsValid(programId)
            ? errors
            : errors.Add(field, $"is not a program id (letters, digits, '.', '_' or '-', at most {MaxLength}).");
    }

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")]
    private static partial Regex Shape();
}
