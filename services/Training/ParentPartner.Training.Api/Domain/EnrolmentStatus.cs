namespace ParentPartner.Training.Api.Domain;

/// <summary>A seat's state: enrolled, recorded (attendance taken) or cancelled (seat freed).</summary>
public enum EnrolmentStatus
{
    Enrolled,

    /// <summary>Attendance was recorded (attended or not).</summary>
    Recorded,

    /// <summary>Freed the seat (the support parent withdrew before the session).</summary>
    Cancelled,
}
