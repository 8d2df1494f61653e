using System.Globalization;
using CsvHelper;

namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>
/// The per-state table as tidy CSV, one row per state and figure plus the national rows (state "US"):
/// year,state,programs_reporting,figure,value,status. A suppressed value is an empty cell with status
/// "suppressed"; a sum with suppressed parts has status "partial".
/// </summary>
public static class StateTableCsv
{
    public const string NationalRow = "US";

    public static string Write(StateTable table)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            csv.WriteRecord(["year", "state", "programs_reporting", "figure", "value", "status"]);
            foreach (var row in table.States)
            {
                WriteRows(csv, table.Year, row.StateCode, row.ProgramsReporting, row.Figures);
            }
            WriteRows(csv, table.Year, NationalRow, table.National.ProgramsReporting, table.National.Figures);
        }
        return text.ToString();
    }

    private static void WriteRows(CsvWriter csv, int year, string state, int programs, IReadOnlyList<FigureCell> figures)
    {
        foreach (var cell in figures)
        {
            csv.WriteRecord([
                year.ToString(CultureInfo.InvariantCulture),
                state,
                programs.ToString(CultureInfo.InvariantCulture),
                cell.Name,
                cell.Value?.ToString(CultureInfo.InvariantCulture) ?? "",
                StatusName(cell.Status),
            ]);
        }
    }

    public static string StatusName(CellStatus status) => status switch
    {
        CellStatus.Published => "published",
        CellStatus.Partial => "partial",
        CellStatus.Suppressed => "suppressed",
        _ => "not-reported",
    };
}
