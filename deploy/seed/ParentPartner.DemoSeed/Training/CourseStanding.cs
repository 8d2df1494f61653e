namespace ParentPartner.DemoSeed.Training;

public sealed record CourseStanding(Guid CourseId, string Code, bool Completed);
