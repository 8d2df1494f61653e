namespace ParentPartner.Matching.Engine.Scoring;

/// <summary>
/// Hook for distance between counties (e.g. adjacency). Without one, the same county scores full and
/// any other county scores 0.
/// </summary>
public interface ICountyProximity
{
    /// <summary>
    /// How close two different counties are, 0 (far) to 100 (as good as the same county). Called once per
    /// pair of distinct county names in an input, never for the same county.
    /// </summary>
    int ProximityPercent(string referralCounty, string supportParentCounty);
}
