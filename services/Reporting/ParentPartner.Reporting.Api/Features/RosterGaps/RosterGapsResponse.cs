namespace ParentPartner.Reporting.Api.Features.RosterGaps;

/// <summary>
/// Roster gaps at the end of the period (<see cref="AsOf"/>): referrals waiting for a support parent against
/// certified support parents with free capacity (below their maximum caseload), by dimension; largest
/// shortfall (waiting minus free slots) first.
/// </summary>
public sealed record RosterGapsResponse(string ProgramId, DateOnly? From, DateOnly? To, DateTimeOffset AsOf, IReadOnlyList<RosterGapRow> Rows);
