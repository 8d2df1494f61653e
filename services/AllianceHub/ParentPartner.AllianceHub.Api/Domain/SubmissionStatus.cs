namespace ParentPartner.AllianceHub.Api.Domain;

/// <summary>Where a submitted report stands: pending, accepted, returned or rejected.</summary>
public enum SubmissionStatus
{
    /// <summary>Passed the hub's checks; waits for an analyst.</summary>
    Pending,

    /// <summary>An analyst accepted it: it counts nationally (its latest accepted revision does).</summary>
    Accepted,

    /// <summary>An analyst returned it to the state with a comment.</summary>
    Returned,

    /// <summary>Failed the hub's checks on arrival and was returned automatically with the reasons.</summary>
    Rejected,
}
