using System.Xml.Linq;
using ParentPartner.AllianceHub.Api.Features.National;
using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Tests.Rules;

public sealed class NationalViewRenderingTests
{
    private static FigureSum Matches(string state, int year, int parts, int suppressed, long total, int programs = 1) => new()
    {
        StateCode = state, Year = year, Name = ReportedFigure.MatchesMade,
        Parts = parts, SuppressedParts = suppressed, PublishedTotal = total, Programs = programs, States = 1,
    };

    [Fact]
    public void A_cell_is_exact_partial_suppressed_or_not_reported()
    {
        Assert.Equal(new FigureCell("m", 30, CellStatus.Published, 2, 0), FigureCell.Of("m", 2, 0, 30));
        Assert.Equal(new FigureCell("m", 20, CellStatus.Partial, 2, 1), FigureCell.Of("m", 2, 1, 20));
        Assert.Equal(new FigureCell("m", null, CellStatus.Suppressed, 2, 2), FigureCell.Of("m", 2, 2, 0));
        Assert.Equal(new FigureCell("m", null, CellStatus.NotReported, 0, 0), FigureCell.Of("m", 0, 0, 0));
    }

    [Fact]
    public void Combining_a_suppressed_state_with_a_published_one_gives_a_partial_total()
    {
        var combined = FigureCell.Combine("m", [FigureCell.Of("m", 1, 1, 0), FigureCell.Of("m", 2, 0, 400), FigureCell.Of("m", 0, 0, 0)]);
        Assert.Equal(new FigureCell("m", 400, CellStatus.Partial, 3, 1), combined);
    }

    [Fact]
    public void National_totals_count_programs_and_states_and_list_the_whole_catalogue()
    {
        var totals = NationalFigures.Totals(2024, [Matches("IA", 2024, 2, 1, 40, programs: 2), Matches("NE", 2024, 1, 0, 25)]);
        Assert.Equal((3, 2), (totals.ProgramsReporting, totals.StatesReporting));
        Assert.Equal(ReportedFigure.Catalogue, totals.Figures.Select(f => f.Name));
        Assert.Equal(new FigureCell(ReportedFigure.MatchesMade, 65, CellStatus.Partial, 3, 1), totals.Figures.Single(f => f.Name == ReportedFigure.MatchesMade));
        Assert.Equal(CellStatus.NotReported, totals.Figures.Single(f => f.Name == ReportedFigure.OutcomeOther).Status);

        var national = NationalFigures.Totals(2024, [new FigureSum { Year = 2024, Name = ReportedFigure.MatchesMade, Parts = 3, SuppressedParts = 1, PublishedTotal = 65, Programs = 3, States = 2 }]);
        Assert.Equal((3, 2), (national.ProgramsReporting, national.StatesReporting));
    }

    [Fact]
    public void The_chart_is_well_formed_svg_with_one_cell_per_state_and_year_and_a_national_row()
    {
        var svg = XDocument.Parse(MatchesChart.Render(2023, 2024, [Matches("IA", 2023, 1, 0, 40), Matches("IA", 2024, 1, 1, 0), Matches("NE", 2024, 1, 0, 1200)]));
        XNamespace ns = "http://www.w3.org/2000/svg";

        var rows = svg.Descendants(ns + "g").Where(g => g.Attribute("data-state") is not null).ToDictionary(g => (string)g.Attribute("data-state")!);
        Assert.Equal(["IA", "NE", "All"], rows.Keys);
        Assert.All(rows.Values, row => Assert.Equal(2, row.Elements(ns + "g").Count()));
        string Text(string state, int year) => rows[state].Elements(ns + "g").Single(c => (string)c.Attribute("data-year")! == year.ToString()).Element(ns + "text")!.Value;
        Assert.Equal(("40", "S"), (Text("IA", 2023), Text("IA", 2024)));
        Assert.Equal(("–", "1,200"), (Text("NE", 2023), Text("NE", 2024)));
        Assert.Equal(("40", "1,200*"), (Text("All", 2023), Text("All", 2024)));
        Assert.Empty(svg.Descendants(ns + "script"));
    }

    [Fact]
    public void An_empty_chart_says_so_and_is_still_svg()
    {
        var svg = XDocument.Parse(MatchesChart.Render(2020, 2020, []));
        Assert.Contains("No accepted reports", svg.ToString());
    }

    [Fact]
    public void The_csv_has_a_header_a_row_per_state_and_figure_and_national_rows()
    {
        var table = new StateTable(2024,
            [new StateRow("IA", 2, [new FigureCell(ReportedFigure.MatchesMade, 40, CellStatus.Partial, 2, 1)])],
            new NationalTotals(2024, 2, 1, [new FigureCell(ReportedFigure.MatchesMade, 40, CellStatus.Partial, 2, 1), new FigureCell(ReportedFigure.OutcomeOther, null, CellStatus.Suppressed, 2, 2)]));
        Assert.Equal(
            "year,state,programs_reporting,figure,value,status\r\n2024,IA,2,matches-made,40,partial\r\n2024,US,2,matches-made,40,partial\r\n2024,US,2,outcome-other,,suppressed\r\n",
            StateTableCsv.Write(table));
    }
}
