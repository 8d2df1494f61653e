using ParentPartner.Contracts.Referrals;

namespace ParentPartner.Testing.Builders.Matching;

/// <summary>A ReferralMatchingRequested event as referral publishes it (a referral ready for matching), for matching's queue.</summary>
public sealed class ReferralMatchingRequestedBuilder(string programId)
{
    private ReferralMatchingRequested _event = new()
    {
        ReferralId = Guid.NewGuid(),
        ProgramId = programId,
        ProgramKind = "P2p",
        OccurredAt = DateTimeOffset.UtcNow,
        ReceivedAt = DateTimeOffset.UtcNow.AddDays(-1),
        PreferredLanguages = ["en"],
        County = "Polk",
        ConditionCategories = [],
        ChildAge = 6,
        FatherToFatherWanted = false,
        AvailableEvenings = true,
        AvailableWeekends = false,
        QualitiesHopedFor = [],
    };

    public ReferralMatchingRequestedBuilder Speaking(params string[] languages) => Set(e => e with { PreferredLanguages = languages });

    public ReferralMatchingRequestedBuilder InCounty(string county) => Set(e => e with { County = county });

    public ReferralMatchingRequestedBuilder WithConditions(params string[] categories) => Set(e => e with { ConditionCategories = categories });

    public ReferralMatchingRequestedBuilder HopingFor(params string[] qualities) => Set(e => e with { QualitiesHopedFor = qualities });

    public ReferralMatchingRequestedBuilder ReadyAt(DateTimeOffset at) => Set(e => e with { OccurredAt = at });

    public ReferralMatchingRequested Build() => _event;

    private ReferralMatchingRequestedBuilder Set(Func<ReferralMatchingRequested, ReferralMatchingRequested> change)
    {
        _event = change(_event);
        return this;
    }
}
