using System.Globalization;
using CsvHelper;

namespace ParentPartner.PayrollStipend.Api.Features.Exports;

/// <summary>RFC 4180 CSV of records (header from the property names), invariant culture: 1234.50, 2026-03-31.</summary>
public static class Csv
{
    public static string Of<T>(IEnumerable<T> rows)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { NewLine = "\r\n", FormatProvider = CultureInfo.InvariantCulture }, leaveOpen: true))
        {
            csv.WriteHeader<T>();
            csv.WriteRecords(rows);
        }
        return text.ToString();
    }
}
