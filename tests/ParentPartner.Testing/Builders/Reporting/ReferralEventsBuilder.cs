using ParentPartner.Contracts.Referrals;

namespace ParentPartner.Testing.Builders.Reporting;

/// <summary>
/// The events referral publishes about one referral (same id throughout), as it publishes them: enum names in
/// PascalCase ("ChildWelfareAgency", "ReadyForMatching"), a matching profile with no name or contact.
/// </summary>
public sealed class ReferralEventsBuilder(string programId)
{
    private string _source = "Self";
    private DateTimeOffset _receivedAt = DateTimeOffset.UtcNow;
    private string[] _languages = ["en"];
    private string? _county = "Polk";
    private string[] _conditions = [];
    private string? _caseStage;

    public Guid ReferralId { get; } = Guid.NewGuid();

    public string ProgramId => programId;

    public ReferralEventsBuilder From(string source)
    {
        _source = source;
        return this;
    }

    public ReferralEventsBuilder ReceivedAt(DateTimeOffset at)
    {
        _receivedAt = at;
        return this;
    }

    public ReferralEventsBuilder Speaking(params string[] languages)
    {
        _languages = languages;
        return this;
    }

    public ReferralEventsBuilder InCounty(string? county)
    {
        _county = county;
        return this;
    }

    public ReferralEventsBuilder WithConditions(params string[] categories)
    {
        _conditions = categories;
        return this;
    }

    public ReferralEventsBuilder AtCaseStage(string? stage)
    {
        _caseStage = stage;
        return this;
    }

    public ReferralReceived Received() => new()
    {
        ReferralId = ReferralId,
        ProgramId = programId,
        Source = _source,
        ReceivedAt = _receivedAt,
    };

    public ReferralStatusChanged StatusChanged(string from, string to, DateTimeOffset at, string? reason = null) => new()
    {
        ReferralId = ReferralId,
        ProgramId = programId,
        From = from,
        To = to,
        Reason = reason,
        OccurredAt = at,
    };

    public ReferralMatchingRequested MatchingRequested(DateTimeOffset at) => new()
    {
        ReferralId = ReferralId,
        ProgramId = programId,
        ProgramKind = _caseStage is null ? "P2p" : "ChildWelfare",
        OccurredAt = at,
        ReceivedAt = _receivedAt,
        PreferredLanguages = _languages,
        County = _county,
        ConditionCategories = _conditions,
        CaseStage = _caseStage,
        ChildAge = 7,
        FatherToFatherWanted = false,
        CulturalBackground = null,
        AvailableEvenings = true,
        AvailableWeekends = false,
        QualitiesHopedFor = ["good-listener"],
    };

    /// <summary>Screened then ready for matching at <paramref name="at"/>: the status change and the matching profile.</summary>
    public object[] BecameReady(DateTimeOffset at) =>
        [StatusChanged("Screened", "ReadyForMatching", at), MatchingRequested(at)];

    public ReferralInformationOnlyRecorded InformationOnly(DateTimeOffset at, params string[] topics) => new()
    {
        ReferralId = ReferralId,
        ProgramId = programId,
        Source = _source,
        InformationGiven = topics,
        OccurredAt = at,
    };

    public ReferralWithdrawalRecorded Withdrawn(DateTimeOffset at, string previousStatus = "ReadyForMatching", string reason = "family-declined") => new()
    {
        ReferralId = ReferralId,
        ProgramId = programId,
        PreviousStatus = previousStatus,
        Reason = reason,
        OccurredAt = at,
    };

    public ReferralConsentRevoked ConsentRevoked(DateTimeOffset at) => new()
    {
        ReferralId = ReferralId,
        ProgramId = programId,
        RevokedAt = at,
        OccurredAt = at,
    };
}
