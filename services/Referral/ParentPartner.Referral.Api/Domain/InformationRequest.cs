using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Referral.Api.Domain;

/// <summary>
/// One answered request for information, kept as a tally: channel, topic codes, county, language, whether
/// resources were sent and the day. Nothing that names or reaches the person who asked (no name, no contact,
/// no free text), so it needs no consent and nothing to erase.
/// </summary>
public sealed class InformationRequest : IProgramOwned
{
    public Guid Id { get; set; }

    public required string ProgramId { get; set; }

    public InquiryChannel Channel { get; set; }

    public List<string> Topics { get; set; } = [];

    public string? County { get; set; }

    /// <summary>BCP 47 tag of the language it was answered in.</summary>
    public string? Language { get; set; }

    public bool ResourcesSent { get; set; }

    /// <summary>The day it was answered, on the program's calendar.</summary>
    public DateOnly AnsweredOn { get; set; }

    public DateTimeOffset RecordedAt { get; set; }

    /// <summary>The coordinator who recorded it (token subject).</summary>
    public string? RecordedBy { get; set; }
}
