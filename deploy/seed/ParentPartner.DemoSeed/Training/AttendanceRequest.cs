namespace ParentPartner.DemoSeed.Training;

/// <summary>The body of PUT …/enrolments/{id}/attendance.</summary>
public sealed record AttendanceRequest(bool Attended, decimal? Hours, bool? Completed);
