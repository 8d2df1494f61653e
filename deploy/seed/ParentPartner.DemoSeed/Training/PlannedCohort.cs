namespace ParentPartner.DemoSeed.Training;

/// <summary>A session to schedule and who takes a seat in it.</summary>
public sealed record PlannedCohort(ListedCourse Course, DateTime StartsLocal, int DurationMinutes, IReadOnlyList<TrainingNeeds> Trainees);
