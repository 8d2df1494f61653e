namespace ParentPartner.Reporting.Api.Features.RosterGaps;

/// <summary>
/// Roster gaps at the end of the period (<see cref="AsOf"/>): referrals waiting for a support parent against
/// certified support parents with free capacity (below their maximum caseload), by dimension; largest
/// shortfall (waiting minus free slots) first.
/// </summary>
/// <param name="ProgramId">The program.</param>
/// <param name="From">The period's first day; null for no lower bound.</param>
/// <param name="To">The period's last day; null for up to now.</param>
/// <param name="AsOf">The instant the gaps are counted at: the end of the period (UTC).</param>
/// <param name="Rows">One row per dimension and value, largest shortfall first.</param>
public sealed record RosterGapsResponse(string ProgramId, DateOnly? From, DateOnly? To, DateTimeOffset AsOf, IReadOnlyList<RosterGapRow> Rows);
