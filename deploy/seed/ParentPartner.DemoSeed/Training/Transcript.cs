namespace ParentPartner.DemoSeed.Training;

/// <summary>What a support parent's transcript says the seeder needs: courses done, and seats held.</summary>
public sealed record Transcript(IReadOnlyList<CourseStanding> Courses, IReadOnlyList<SessionRecord> Sessions);
