using System.Text.RegularExpressions;
using ParentPartner.Referral.Api.Domain;
using ParentPartner.ServiceDefaults.Problems;

namespace ParentPartner.Referral.Api.Features.SubmitReferral;

/// <summary>A coordinator's intake of one family. Everything nullable so a missing field is a field error, not a parse error.</summary>
public sealed partial record SubmitReferralRequest : IValidatableRequest
{
    public string? ProgramId { get; init; }

    public ReferralSource? Source { get; init; }

    public ReferrerInput? Referrer { get; init; }

    public ParentInput? Parent { get; init; }

    public ConsentInput? Consent { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("programId", ProgramId)
            .MaxLength("programId", ProgramId, 64)
            .Required("source", Source)
            .MaxLength("referrer.organisation", Referrer?.Organisation, 200)
            .MaxLength("referrer.contact", Referrer?.Contact, 200)
            .MaxLength("parent.firstName", Parent?.FirstName, 100)
            .MaxLength("parent.lastName", Parent?.LastName, 100)
            .MaxLength("parent.email", Parent?.Email, 254)
            .MaxLength("parent.phone", Parent?.Phone, 40)
            .MaxLength("parent.county", Parent?.County, 100)
            .MaxLength("consent.scope", Consent?.Scope, 200);

        if (Parent?.Email is { Length: > 0 } email && !EmailShape().IsMatch(email))
        {
            errors.Add("parent.email", "is not an email address.");
        }
        if (Parent?.Phone is { Length: > 0 } phone && !PhoneShape().IsMatch(phone))
        {
            errors.Add("parent.phone", "may hold digits, spaces, +, -, ( and ) only.");
        }
        var languages = Parent?.PreferredLanguages ?? [];
        if (languages.Count > 10)
        {
            errors.Add("parent.preferredLanguages", "may list at most 10 languages.");
        }
        foreach (var language in languages.Where(l => l is null || !LanguageTag().IsMatch(l)))
        {
            errors.Add("parent.preferredLanguages", $"'{Truncate(language)}' is not a BCP 47 language tag (e.g. en, es-MX).");
        }
        return errors;
    }

    private static string Truncate(string? value) => value is null ? "null" : value.Length <= 20 ? value : value[..20] + "…";

    [GeneratedRegex(@"^[^@\s]{1,64}@[^@\s]{1,189}\.[^@\s]{2,}$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^[0-9+()\- ]{5,40}$")]
    private static partial Regex PhoneShape();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
