using System.Globalization;
using CsvHelper;

namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>Writes report rows ([CsvRecord] types) as RFC 4180 CSV with a header row; text that looks like a formula is escaped.</summary>
public static class CsvReport
{
    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static IResult Of<TRow>(IEnumerable<TRow> rows, string fileName)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            csv.WriteRecords(rows);
        }
        return new CsvResult(text.ToString(), fileName);
    }

    private sealed class CsvResult(string body, string fileName) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status200OK;
            httpContext.Response.ContentType = $"{ReportFormats.CsvMediaType}; charset=utf-8";
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            return httpContext.Response.WriteAsync(body);
        }
    }
}
