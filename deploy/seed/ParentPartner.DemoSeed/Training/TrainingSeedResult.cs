namespace ParentPartner.DemoSeed.Training;

public sealed record TrainingSeedResult(int Applied, int Cohorts, int Seats, int AttendanceRecords, string Summary);
