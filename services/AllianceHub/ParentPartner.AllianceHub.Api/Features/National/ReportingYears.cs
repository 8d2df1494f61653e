using ParentPartner.AllianceHub.Api.Domain;
using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.National;

/// <summary>The years the national views answer for: from the first year reports exist to the current year.</summary>
internal static class ReportingYears
{
    public static FieldErrors Year(this FieldErrors errors, string field, int year, DateTimeOffset now) =>
        year < SubmissionRules.FirstYear || year > now.Year
            ? errors.Add(field, $"must be a year from {SubmissionRules.FirstYear} to {now.Year}.")
            : errors;

    /// <summary>A from–to range; by default the ten years up to the current one.</summary>
    public static FieldErrors Range(this FieldErrors errors, int? from, int? to, DateTimeOffset now, out int first, out int last)
    {
        last = to ?? now.Year;
        first = from ?? Math.Max(SubmissionRules.FirstYear, last - 9);
        errors.Year("from", first, now).Year("to", last, now);
        return first > last ? errors.Add("from", "must not be after to.") : errors;
    }
}
