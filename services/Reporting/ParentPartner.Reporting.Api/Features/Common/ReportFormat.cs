namespace ParentPartner.Reporting.Api.Features.Common;

public enum ReportFormat
{
    Json,
    Csv,
}
