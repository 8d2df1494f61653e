namespace ParentPartner.Training.Api.Domain;

public enum EnrolmentStatus
{
    Enrolled,

    /// <summary>Attendance was recorded (attended or not).</summary>
    Recorded,

    /// <summary>Freed the seat (the support parent withdrew before the session).</summary>
    Cancelled,
}
