namespace ParentPartner.Training.Api.Domain;

/// <summary>Where a support parent stands, from application to certification (or withdrawal).</summary>
public enum SupportParentStatus
{
    /// <summary>Applied, but the waiting period since their own case resolution or recovery has not passed.</summary>
    NotYetEligible,

    /// <summary>Eligible and working through the pre-service courses; may not meet families yet.</summary>
    InTraining,

    Certified,

    /// <summary>A supplemental course is overdue; no new families until it is completed.</summary>
    Lapsed,

    Withdrawn,
}
