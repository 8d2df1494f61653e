namespace ParentPartner.DemoSeed.Training;

/// <summary>A course of the program's catalogue, as GET /courses lists it (active ones, oldest first).</summary>
public sealed record ListedCourse(Guid Id, string Code, CourseKind Kind);
