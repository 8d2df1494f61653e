namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>How much of a national or state figure is known.</summary>
public enum CellStatus
{
    /// <summary>Every part was published: the value is exact.</summary>
    Published,

    /// <summary>Some parts were suppressed: the value is the sum of the published parts only (a lower bound).</summary>
    Partial,

    /// <summary>Every part was suppressed: no value is shown.</summary>
    Suppressed,

    /// <summary>No accepted report covers it.</summary>
    NotReported,
}
