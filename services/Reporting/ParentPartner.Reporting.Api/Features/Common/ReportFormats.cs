using Microsoft.AspNetCore.Http.Headers;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.Common;

public static class ReportFormats
{
    public const string CsvMediaType = "text/csv";

    /// <summary>?format=json|csv wins; otherwise CSV when the Accept header asks for text/csv, JSON for anything else.</summary>
    public static FieldErrors ReadFormat(this FieldErrors errors, HttpRequest request, string? format, out ReportFormat result)
    {
        result = ReportFormat.Json;
        if (format is not null)
        {
            switch (format.ToLowerInvariant())
            {
                case "json":
                    break;
                case "csv":
                    result = ReportFormat.Csv;
                    break;
                default:
                    errors.Add("format", "must be json or csv.");
                    break;
            }
            return errors;
        }
        RequestHeaders headers;
        try
        {
            headers = request.GetTypedHeaders();
            if (headers.Accept.Any(a => a.MediaType.Equals(CsvMediaType, StringComparison.OrdinalIgnoreCase) && a.Quality != 0))
            {
                result = ReportFormat.Csv;
            }
        }
        catch (FormatException)
        {
            // An unreadable Accept header asks for nothing in particular: JSON.
        }
        return errors;
    }
}
