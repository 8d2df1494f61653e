namespace ParentPartner.Contracts.Referrals;

/// <summary>
/// A coordinator answered a request for information (a call, a web question, a walk-in, an event). Counted beside
/// information-only referrals; carries no personal data — no name, no contact, no free text.
/// </summary>
public sealed record InformationRequestRecorded : IProgramEvent
{
    public required Guid InquiryId { get; init; }
    public required string ProgramId { get; init; }

    /// <summary>phone, web, walk-in, event or other.</summary>
    public required string Channel { get; init; }

    /// <summary>Topic codes from the program's vocabulary.</summary>
    public required IReadOnlyList<string> Topics { get; init; }

    public string? County { get; init; }

    /// <summary>BCP 47 tag of the language the request was answered in.</summary>
    public string? Language { get; init; }

    public required bool ResourcesSent { get; init; }

    /// <summary>The day it was answered, in the program's time zone.</summary>
    public required DateOnly AnsweredOn { get; init; }

    public required DateTimeOffset RecordedAt { get; init; }
}
