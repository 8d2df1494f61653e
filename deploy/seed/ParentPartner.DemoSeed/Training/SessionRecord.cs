namespace ParentPartner.DemoSeed.Training;

public sealed record SessionRecord(Guid EnrolmentId, Guid CohortId, Guid CourseId, DateTimeOffset StartsAt, EnrolmentStatus Status);
