namespace ParentPartner.DemoSeed.SupportParents;

/// <summary>How far the demo takes a support parent.</summary>
public enum TrainingPath
{
    /// <summary>Applied, but their waiting period has not passed: the application shows the date and the reason.</summary>
    NotYetEligible,

    /// <summary>Eligible, with seats in the next cohorts (which start after today).</summary>
    InTraining,

    /// <summary>Through every pre-service course: certified, and in matching's pool.</summary>
    Certified,

    /// <summary>Certified, and has done some supplemental courses too.</summary>
    CertifiedWithSupplemental,
}
