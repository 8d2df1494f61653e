namespace ParentPartner.DemoSeed.Training;

/// <summary>The body of POST /api/training/programs/{id}/cohorts; <see cref="StartsLocal"/> is wall-clock time in the program's zone.</summary>
public sealed record ScheduleCohortRequest(Guid CourseId, string Trainer, string Location, string StartsLocal, int DurationMinutes, int Seats);
