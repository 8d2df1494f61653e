using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>
/// A support-parent application (POST) or its replacement (PUT). Everything nullable so a missing field
/// is a field error, not a parse error; unknown fields and enum values are refused by the JSON reader.
/// </summary>
public sealed record SupportParentInput : IValidatableRequest
{
    /// <summary>The support parent's account subject (`sub` of their token); may be added later.</summary>
    public string? UserSubject { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    public LivedExperienceInput? LivedExperience { get; init; }

    /// <summary>BCP 47 tags.</summary>
    public List<string?>? Languages { get; init; }

    public string? County { get; init; }

    public AvailabilityInput? Availability { get; init; }

    /// <summary>Active matches at most; the program's default (15) when omitted.</summary>
    public int? MaxCaseload { get; init; }

    public EmploymentType? EmploymentType { get; init; }

    /// <summary>Can be matched with a father who asked for a father-to-father match.</summary>
    public bool? FatherToFatherCapable { get; init; }

    /// <summary>Only if the person chooses to give it.</summary>
    public string? CulturalBackground { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Subject("userSubject", UserSubject)
            .Text("firstName", FirstName, 100, required: true)
            .Text("lastName", LastName, 100, required: true)
            .Email("email", Email).Text("email", Email, 254)
            .Phone("phone", Phone)
            .SpokenLanguages("languages", Languages)
            .Text("county", County, 100, required: true)
            .Range("maxCaseload", MaxCaseload, 1, 100, required: false)
            .Required("employmentType", EmploymentType)
            .Text("culturalBackground", CulturalBackground, 100);
        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Phone))
        {
            errors.Add("email", "or phone is needed: the program must be able to reach a support parent.");
        }

        var experience = LivedExperience;
        if (experience is null || (experience.ConditionCategories is not { Count: > 0 } && experience.ChildWelfareCase is null))
        {
            return errors.Add("livedExperience", "needs condition categories and/or a child-welfare case history: support parents serve from their own experience.");
        }
        errors.Slugs("livedExperience.conditionCategories", experience.ConditionCategories, 20)
              .Date("livedExperience.inRecoverySince", experience.InRecoverySince);
        if (experience.ChildWelfareCase is { } childWelfare)
        {
            errors.Required("livedExperience.childWelfareCase.resolvedOn", childWelfare.ResolvedOn)
                  .Date("livedExperience.childWelfareCase.resolvedOn", childWelfare.ResolvedOn);
            if (childWelfare.Stages is { } stages && stages.Distinct().Count() != stages.Count)
            {
                errors.Add("livedExperience.childWelfareCase.stages", "lists the same stage twice.");
            }
        }
        return errors;
    }
}
