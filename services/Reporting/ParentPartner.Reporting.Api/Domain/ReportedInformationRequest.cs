using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Reporting.Api.Domain;

/// <summary>One answered request for information from InformationRequestRecorded: a tally row, no personal data.</summary>
public sealed class ReportedInformationRequest : IProgramOwned
{
    public required string ProgramId { get; set; }

    public Guid InquiryId { get; set; }

    /// <summary>phone, web, walk-in, event or other.</summary>
    public required string Channel { get; set; }

    public List<string> Topics { get; set; } = [];

    public string? County { get; set; }

    /// <summary>Lower-case BCP 47 tag.</summary>
    public string? Language { get; set; }

    public bool ResourcesSent { get; set; }

    /// <summary>The day it was answered, on the program's calendar (what the periods count by).</summary>
    public DateOnly AnsweredOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }
}
