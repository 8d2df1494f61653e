namespace ParentPartner.Reporting.Api.Suppression;

public enum CellState
{
    Published,

    /// <summary>A small count (1 to the limit): never published.</summary>
    Primary,

    /// <summary>Published it would let a reader work out a primary cell from the totals.</summary>
    Complementary,
}
