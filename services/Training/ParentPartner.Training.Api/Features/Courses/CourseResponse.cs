using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Courses;

/// <summary>A course in a program's catalogue.</summary>
/// <param name="Id">The course's id.</param>
/// <param name="ProgramId">The program that offers it.</param>
/// <param name="Code">Short code, unique in the program.</param>
/// <param name="Title">The course's title.</param>
/// <param name="Kind">Pre-service (before certification) or supplemental (ongoing, with a due date).</param>
/// <param name="Required">True while the course is active (not retired).</param>
/// <param name="AddedAt">When it was added (UTC).</param>
/// <param name="RetiredAt">When it was retired (UTC); null while active.</param>
public sealed record CourseResponse(Guid Id, string ProgramId, string Code, string Title, CourseKind Kind, bool Required, DateTimeOffset AddedAt, DateTimeOffset? RetiredAt)
{
    /// <summary>Required: every active course is (pre-service before any family, supplemental within the due window).</summary>
    public static CourseResponse From(Course c) => new(c.Id, c.ProgramId, c.Code, c.Title, c.Kind, !c.IsRetired, c.AddedAt, c.RetiredAt);
}
