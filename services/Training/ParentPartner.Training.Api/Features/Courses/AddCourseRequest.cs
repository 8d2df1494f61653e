using ParentPartner.ServiceDefaults.Validation;
using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Courses;

/// <summary>A course in the program's catalogue.</summary>
/// <example>{"code":"pre-service-core","title":"Parent Partner pre-service training","kind":"pre-service"}</example>
public sealed record AddCourseRequest : IValidatableRequest
{
    /// <summary>Kebab-case, unique in the program, e.g. trauma-informed-care.</summary>
    public string? Code { get; init; }

    /// <summary>The course's title as participants see it (at most 200 characters).</summary>
    public string? Title { get; init; }

    /// <summary>Pre-service or supplemental.</summary>
    public CourseKind? Kind { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("code", Code)
            .Text("title", Title, 200, required: true)
            .Required("kind", Kind);
        if (Code is { Length: > 0 } && !TextRules.IsSlug(Code))
        {
            errors.Add("code", "must be kebab-case (lowercase letters, digits and single hyphens, at most 50 characters).");
        }
        return errors;
    }
}
