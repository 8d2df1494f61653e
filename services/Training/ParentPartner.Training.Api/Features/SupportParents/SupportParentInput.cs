using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.SupportParents;

/// <summary>
/// A support-parent application (POST) or its replacement (PUT). Everything nullable so a missing field
/// is a field error, not a parse error; unknown fields and enum values are refused by the JSON reader.
/// </summary>
/// <example>{"firstName":"Angela","lastName":"Brooks","email":"angela.brooks@example.org","phone":"515-555-0119","livedExperience":{"childWelfareCase":{"stages":["in-care","reunified"],"resolvedOn":"2023-05-12"}},"languages":["en","es"],"county":"Polk","availability":{"evenings":true,"weekends":true},"maxCaseload":3,"employmentType":"contractor","fatherToFatherCapable":false}</example>
public sealed record SupportParentInput : IValidatableRequest
{
    /// <summary>The support parent's account subject (`sub` of their token); may be added later.</summary>
    public string? UserSubject { get; init; }

    /// <summary>The support parent's first name (required).</summary>
    public string? FirstName { get; init; }

    /// <summary>The support parent's last name (required).</summary>
    public string? LastName { get; init; }

    /// <summary>An email address to reach them; an email or a phone is required.</summary>
    public string? Email { get; init; }

    /// <summary>A phone number to reach them; an email or a phone is required.</summary>
    public string? Phone { get; init; }

    /// <summary>What they lived through themselves (matching compares it with a family's needs).</summary>
    public LivedExperienceInput? LivedExperience { get; init; }

    /// <summary>BCP 47 tags.</summary>
    public List<string?>? Languages { get; init; }

    /// <summary>The county they live in.</summary>
    public string? County { get; init; }

    /// <summary>When they can meet families outside office hours.</summary>
    public AvailabilityInput? Availability { get; init; }

    /// <summary>Active matches at most; the program's default (15) when omitted.</summary>
    public int? MaxCaseload { get; init; }

    /// <summary>How the program engages them.</summary>
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
