using ParentPartner.DemoSeed.SupportParents;

namespace ParentPartner.DemoSeed.Training;

/// <summary>
/// What one support parent still needs for their demo path: pre-service and supplemental courses to
/// attend, courses to take in the upcoming cohorts, and seats they hold in past sessions whose
/// attendance was never recorded (an interrupted run).
/// </summary>
public sealed record TrainingNeeds(
    TrackedSupportParent Parent,
    IReadOnlyList<ListedCourse> PreService,
    IReadOnlyList<ListedCourse> Supplemental,
    IReadOnlyList<ListedCourse> Upcoming,
    IReadOnlyList<SessionRecord> ToRecord)
{
    public bool IsEmpty => PreService.Count == 0 && Supplemental.Count == 0 && Upcoming.Count == 0 && ToRecord.Count == 0;
}
