using ParentPartner.Training.Api.Domain;

namespace ParentPartner.Training.Api.Features.Courses;

public sealed record CourseResponse(Guid Id, string ProgramId, string Code, string Title, CourseKind Kind, bool Required, DateTimeOffset AddedAt, DateTimeOffset? RetiredAt)
{
    /// <summary>Required: every active course is (pre-service before any family, supplemental within the due window).</summary>
    public static CourseResponse From(Course c) => new(c.Id, c.ProgramId, c.Code, c.Title, c.Kind, !c.IsRetired, c.AddedAt, c.RetiredAt);
}
