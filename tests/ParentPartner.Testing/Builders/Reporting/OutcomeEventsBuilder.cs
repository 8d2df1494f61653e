using ParentPartner.Contracts.Referrals;

namespace ParentPartner.Testing.Builders.Reporting;

/// <summary>What referral publishes about information requests (the anonymous tally) and re-entries into care.</summary>
public static class OutcomeEventsBuilder
{
    public static InformationRequestRecorded Inquiry(
        string programId, DateOnly answeredOn, string channel = "phone", string[]? topics = null, string? county = "Polk", string? language = "en",
        bool resourcesSent = true) => new()
    {
        InquiryId = Guid.NewGuid(),
        ProgramId = programId,
        Channel = channel,
        Topics = topics ?? ["support-groups"],
        County = county,
        Language = language,
        ResourcesSent = resourcesSent,
        AnsweredOn = answeredOn,
        RecordedAt = new DateTimeOffset(answeredOn.ToDateTime(new TimeOnly(18, 0)), TimeSpan.Zero),
    };

    public static ReferralReEntryRecorded ReEntry(string programId, Guid referralId, DateOnly enteredCareOn, DateTimeOffset recordedAt, Guid? matchId = null) => new()
    {
        ReferralId = referralId,
        ProgramId = programId,
        MatchId = matchId,
        EnteredCareOn = enteredCareOn,
        RecordedAt = recordedAt,
    };
}
