using NodaTime;

namespace ParentPartner.Training.Api.Domain;

/// <summary>The courses every program starts with; programs add their own and retire what does not apply.</summary>
public static class DefaultCatalogue
{
    public static IReadOnlyList<(string Code, string Title, CourseKind Kind)> Courses { get; } =
    [
        ("mandatory-reporting", "Mandatory reporting", CourseKind.PreService),
        ("boundaries", "Boundaries", CourseKind.PreService),
        ("safety", "Safety", CourseKind.PreService),
        ("department-overview", "Department overview", CourseKind.PreService),
        ("confidentiality", "Confidentiality", CourseKind.PreService),
        ("ethics", "Ethics", CourseKind.PreService),
        ("domestic-violence", "Domestic violence", CourseKind.Supplemental),
        ("mental-health", "Mental health", CourseKind.Supplemental),
        ("cultural-competency", "Cultural competency", CourseKind.Supplemental),
        ("substance-use", "Substance use", CourseKind.Supplemental),
    ];

    public static IEnumerable<Course> For(string programId, DateTimeOffset now, LocalDate today) =>
        Courses.Select(c => new Course
        {
            Id = Guid.CreateVersion7(),
            ProgramId = programId,
            Code = c.Code,
            Title = c.Title,
            Kind = c.Kind,
            AddedAt = now,
            AddedOn = today,
        });
}
