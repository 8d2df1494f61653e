using System.Globalization;
using System.Xml.Linq;
using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>
/// Matches made by state (rows) and year (columns) as a shaded table in SVG, with the national line at the
/// bottom. A suppressed cell is hatched and marked S; a sum with suppressed parts carries a * (it is a lower
/// bound); a year with no accepted report shows a dash. Built as XML, so every text is escaped.
/// </summary>
public static class MatchesChart
{
    public const string ContentType = "image/svg+xml";

    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private const int LabelWidth = 70;
    private const int Top = 64;
    private const int CellWidth = 64;
    private const int CellHeight = 22;
    private const int Gap = 2;

    /// <param name="matches">matches-made summed per state and year (<see cref="NationalFigures.SumsAsync"/> by state).</param>
    public static string Render(int from, int to, IReadOnlyCollection<FigureSum> matches)
    {
        var years = Enumerable.Range(from, to - from + 1).ToList();
        var byStateYear = matches.ToLookup(f => (f.StateCode, f.Year), f => f.Cell);
        var states = matches.Select(f => f.StateCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var rows = states.Select(state => (Label: state, Cells: years.Select(year => FigureCell.Combine(ReportedFigure.MatchesMade, byStateYear[(state, year)])).ToList())).ToList();
        var byYear = matches.ToLookup(f => f.Year, f => f.Cell);
        var national = years.Select(year => FigureCell.Combine(ReportedFigure.MatchesMade, byYear[year])).ToList();
        var max = Math.Max(1L, rows.SelectMany(r => r.Cells).Max(c => c.Value) ?? 1L);

        var width = LabelWidth + years.Count * (CellWidth + Gap) + 10;
        var height = Top + (rows.Count + 1) * (CellHeight + Gap) + 80;
        var svg = new XElement(Svg + "svg",
            new XAttribute("width", width), new XAttribute("height", height),
            new XAttribute("viewBox", $"0 0 {width} {height}"), new XAttribute("role", "img"),
            new XAttribute("font-family", "sans-serif"), new XAttribute("font-size", 11),
            new XElement(Svg + "title", $"Matches made by state and year, {from}–{to}"),
            new XElement(Svg + "defs",
                new XElement(Svg + "pattern", new XAttribute("id", "suppressed"), new XAttribute("width", 6), new XAttribute("height", 6),
                    new XAttribute("patternUnits", "userSpaceOnUse"), new XAttribute("patternTransform", "rotate(45)"),
                    new XElement(Svg + "rect", new XAttribute("width", 6), new XAttribute("height", 6), new XAttribute("fill", "#f4f4f4")),
                    new XElement(Svg + "line", new XAttribute("x1", 0), new XAttribute("y1", 0), new XAttribute("x2", 0), new XAttribute("y2", 6),
                        new XAttribute("stroke", "#b0b0b0"), new XAttribute("stroke-width", 2)))),
            Text(10, 22, $"Matches made by state and year, {from}–{to}", ("font-size", "15"), ("font-weight", "bold")),
            Text(10, 40, rows.Count == 0 ? "No accepted reports in these years." : $"{states.Count} states or territories with accepted reports"));

        for (var i = 0; i < years.Count; i++)
        {
            svg.Add(Text(X(i) + CellWidth / 2, Top - 8, years[i].ToString(CultureInfo.InvariantCulture), ("text-anchor", "middle"), ("font-weight", "bold")));
        }
        for (var r = 0; r < rows.Count; r++)
        {
            svg.Add(Row(rows[r].Label, rows[r].Cells, years, Y(r), max, "state"));
        }
        svg.Add(Row("All", national, years, Y(rows.Count) + 4, null, "national"));

        var legend = Y(rows.Count + 1) + 24;
        svg.Add(
            Text(10, legend, "S  suppressed: every part was a count from 1 to 10, withheld by the state"),
            Text(10, legend + 16, "*  includes suppressed parts: the value is the sum of the published parts only"),
            Text(10, legend + 32, "–  no accepted report"));
        return new XDocument(svg).ToString(SaveOptions.DisableFormatting);
    }

    private static XElement Row(string label, IReadOnlyList<FigureCell> cells, IReadOnlyList<int> years, int y, long? max, string kind)
    {
        var row = new XElement(Svg + "g", new XAttribute("class", $"row {kind}"), new XAttribute("data-state", label),
            Text(10, y + 15, label, ("font-weight", kind == "national" ? "bold" : "normal")));
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            var (fill, ink) = Colours(cell, max);
            var shown = cell.Status switch
            {
                CellStatus.Suppressed => "S",
                CellStatus.NotReported => "–",
                CellStatus.Partial => $"{cell.Value:N0}*",
                _ => $"{cell.Value:N0}",
            };
            row.Add(new XElement(Svg + "g",
                new XAttribute("class", "cell"), new XAttribute("data-year", years[i]), new XAttribute("data-status", StateTableCsv.StatusName(cell.Status)),
                new XElement(Svg + "title", $"{label} {years[i]}: {Describe(cell)}"),
                new XElement(Svg + "rect", new XAttribute("x", X(i)), new XAttribute("y", y), new XAttribute("width", CellWidth), new XAttribute("height", CellHeight),
                    new XAttribute("fill", fill), new XAttribute("stroke", "#ffffff")),
                Text(X(i) + CellWidth / 2, y + 15, shown, ("text-anchor", "middle"), ("fill", ink))));
        }
        return row;
    }

    private static (string Fill, string Ink) Colours(FigureCell cell, long? max)
    {
        if (cell.Status == CellStatus.Suppressed)
        {
            return ("url(#suppressed)", "#333333");
        }
        if (cell.Status == CellStatus.NotReported)
        {
            return ("#f7f7f7", "#999999");
        }
        if (max is null)
        {
            return ("#dde3ea", "#111111");
        }
        // Light blue to dark blue by share of the largest state value.
        var t = Math.Clamp((double)cell.Value!.Value / max.Value, 0, 1);
        static int Mix(int a, int b, double t) => (int)Math.Round(a + (b - a) * t);
        var fill = $"#{Mix(0xe8, 0x1b, t):x2}{Mix(0xf1, 0x4f, t):x2}{Mix(0xfa, 0x8a, t):x2}";
        return (fill, t > 0.55 ? "#ffffff" : "#111111");
    }

    private static string Describe(FigureCell cell) => cell.Status switch
    {
        CellStatus.Suppressed => "suppressed",
        CellStatus.NotReported => "no accepted report",
        CellStatus.Partial => $"at least {cell.Value:N0} matches ({cell.SuppressedParts} of {cell.Parts} programs suppressed)",
        _ => $"{cell.Value:N0} matches",
    };

    private static XElement Text(int x, int y, string content, params (string Name, string Value)[] attributes)
    {
        var text = new XElement(Svg + "text", new XAttribute("x", x), new XAttribute("y", y), content);
        foreach (var (name, value) in attributes)
        {
            text.SetAttributeValue(name, value);
        }
        return text;
    }

    private static int X(int column) => LabelWidth + column * (CellWidth + Gap);

    private static int Y(int row) => Top + row * (CellHeight + Gap);
}
