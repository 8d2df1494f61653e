using ParentPartner.Contracts.Training;

namespace ParentPartner.Testing.Builders.Training;

/// <summary>A TrainingAttended event as training publishes it, for payroll's tests.</summary>
public sealed class TrainingAttendedBuilder(string programId)
{
    private TrainingAttended _event = new()
    {
        EnrolmentId = Guid.NewGuid(),
        SupportParentId = Guid.NewGuid(),
        ProgramId = programId,
        UserSubject = Guid.NewGuid().ToString(),
        EmploymentType = "employee",
        CohortId = Guid.NewGuid(),
        CourseId = Guid.NewGuid(),
        CourseCode = "mandatory-reporting",
        CourseKind = "pre-service",
        AttendedOn = DateOnly.FromDateTime(DateTime.UtcNow),
        SessionStartedAt = DateTimeOffset.UtcNow.AddHours(-2),
        Hours = 2m,
        Completed = true,
        RecordedAt = DateTimeOffset.UtcNow,
    };

    public TrainingAttendedBuilder ForSupportParent(Guid supportParentId, string employmentType = "employee") =>
        Set(e => e with { SupportParentId = supportParentId, EmploymentType = employmentType });

    public TrainingAttendedBuilder WithHours(decimal hours) => Set(e => e with { Hours = hours });

    public TrainingAttendedBuilder On(DateOnly date) => Set(e => e with { AttendedOn = date });

    public TrainingAttended Build() => _event;

    private TrainingAttendedBuilder Set(Func<TrainingAttended, TrainingAttended> change)
    {
        _event = change(_event);
        return this;
    }
}
