namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>
/// One figure summed over the accepted reports of a year (and of a state, when the query groups by state):
/// how many programs reported it, how many of those suppressed it, and the sum of the published values.
/// </summary>
public sealed class FigureSum
{
    public int Year { get; set; }

    /// <summary>Empty when the sum is national.</summary>
    public string StateCode { get; set; } = "";

    public string Name { get; set; } = "";

    public int Parts { get; set; }

    public int SuppressedParts { get; set; }

    public long PublishedTotal { get; set; }

    /// <summary>Programs that reported (distinct state and program).</summary>
    public int Programs { get; set; }

    /// <summary>States that reported (1 in a per-state sum).</summary>
    public int States { get; set; }

    public FigureCell Cell => FigureCell.Of(Name, Parts, SuppressedParts, PublishedTotal);
}
