using System.Globalization;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.Reporting.Api.Features.AnnualReports;

public static class ReportYear
{
    /// <summary>The first year the national alliance takes reports for.</summary>
    public const int First = 2000;

    /// <summary>The {year} path segment: a calendar year from <see cref="First"/> to the current one.</summary>
    public static FieldErrors Year(this FieldErrors errors, string value, DateTimeOffset now, out int year)
    {
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out year) || value.Length != 4)
        {
            return errors.Add("year", "must be a four-digit year.");
        }
        return year < First || year > now.UtcDateTime.Year
            ? errors.Add("year", $"must be between {First} and {now.UtcDateTime.Year}.")
            : errors;
    }

    public static string Location(string programId, int year) => $"/api/reports/programs/{programId}/annual-reports/{year}";
}
