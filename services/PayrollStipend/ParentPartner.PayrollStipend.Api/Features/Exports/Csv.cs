using System.Globalization;
using CsvHelper;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>RFC 4180 CSV (CRLF, quoting where needed), invariant culture: decimals with at least two places (1234.50, 0.8333), 2026-03-31, true/false.</summary>
public static class Csv
{
    public static string Of(string[] header, IEnumerable<object?[]> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            csv.WriteRecord(header);
            foreach (var row in rows)
            {
                csv.WriteRecord([.. row.Select(Field)]);
            }
        }
        return text.ToString();
    }

    private static string Field(object? value) => value switch
    {
        null => "",
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        decimal m => m.ToString("0.00##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
