using Microsoft.EntityFrameworkCore;
using ParentPartner.AllianceHub.Api.Data;
using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>
/// The national views, all built from one thing: for each program and year, its latest accepted revision
/// (the published_figures the decision endpoint maintains). Pending, returned and rejected reports never
/// appear, so an analyst sees no state's unpublished data here; an accepted revision stays in the figures
/// until a later revision is accepted in its place.
/// </summary>
public sealed class NationalFigures(AllianceHubDbContext db)
{
    /// <summary>
    /// Each figure summed per year (and per state when <paramref name="byState"/>) over the national record
    /// (published_figures: the accepted latest revisions), with the suppressed parts counted. Only the sums
    /// leave the database.
    /// </summary>
    public Task<List<FigureSum>> SumsAsync(int from, int to, bool byState, CancellationToken cancellationToken, string? figure = null) =>
        db.Database.SqlQuery<FigureSum>($"""
            SELECT year, CASE WHEN {byState} THEN state_code::text ELSE '' END AS state_code, name,
                   count(*)::integer AS parts,
                   (count(*) FILTER (WHERE suppressed))::integer AS suppressed_parts,
                   coalesce(sum(value) FILTER (WHERE NOT suppressed), 0)::bigint AS published_total,
                   count(DISTINCT state_code || program_id)::integer AS programs,
                   count(DISTINCT state_code)::integer AS states
            FROM published_figures
            WHERE year BETWEEN {from} AND {to} AND ({figure}::text IS NULL OR name = {figure}::text)
            GROUP BY 1, 2, 3
            """).ToListAsync(cancellationToken);

    public async Task<NationalTotals> TotalsAsync(int year, CancellationToken cancellationToken) =>
        Totals(year, await SumsAsync(year, year, byState: false, cancellationToken));

    public async Task<StateTable> StateTableAsync(int year, CancellationToken cancellationToken)
    {
        var sums = await SumsAsync(year, year, byState: true, cancellationToken);
        var states = sums.GroupBy(s => s.StateCode).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(state => new StateRow(state.Key, state.Max(s => s.Programs), Cells(state)))
            .ToList();
        return new StateTable(year, states, Totals(year, sums));
    }

    public async Task<Trends> TrendsAsync(int from, int to, CancellationToken cancellationToken)
    {
        var byYear = (await SumsAsync(from, to, byState: false, cancellationToken)).ToLookup(s => s.Year);
        var years = new List<TrendYear>();
        NationalTotals? previous = null;
        for (var year = from; year <= to; year++)
        {
            var totals = Totals(year, [.. byYear[year]]);
            years.Add(new TrendYear(year, totals.ProgramsReporting, totals.StatesReporting, [.. totals.Figures.Select((cell, i) => new TrendCell(
                cell.Name, cell.Value, cell.Status, cell.SuppressedParts,
                previous?.Figures[i] is { Status: CellStatus.Published } before && cell.Status == CellStatus.Published ? cell.Value - before.Value : null))]));
            previous = totals;
        }
        return new Trends(from, to, years);
    }

    /// <summary>A year's national line from its sums (national ones, or per state): programs and states counted, every figure of the catalogue.</summary>
    public static NationalTotals Totals(int year, IReadOnlyCollection<FigureSum> sums) => new(
        year,
        sums.GroupBy(s => s.StateCode).Sum(group => group.Max(s => s.Programs)),
        sums.GroupBy(s => s.StateCode).Sum(group => group.Max(s => s.States)),
        Cells(sums));

    private static IReadOnlyList<FigureCell> Cells(IEnumerable<FigureSum> sums)
    {
        var byName = sums.ToLookup(s => s.Name);
        return [.. ReportedFigure.Catalogue.Select(name => FigureCell.Combine(name, byName[name].Select(s => s.Cell)))];
    }
}
