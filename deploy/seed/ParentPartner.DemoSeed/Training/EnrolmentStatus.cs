namespace ParentPartner.DemoSeed.Training;

public enum EnrolmentStatus
{
    Enrolled,
    Recorded,
    Cancelled,
}
