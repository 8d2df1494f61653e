using ParentPartner.Contracts.Referrals;

namespace ParentPartner.Testing.Builders.Matching;

/// <summary>A ReferralContactShared event as referral publishes it beside ReferralMatchingRequested (made-up contact data).</summary>
public sealed class ReferralContactSharedBuilder(Guid referralId, string programId)
{
    private ReferralContactShared _event = new()
    {
        ReferralId = referralId,
        ProgramId = programId,
        ConsentScope = "matching-and-contact",
        FirstName = "Rosa",
        Phone = "+1 515 555 0142",
        Email = "rosa@example.org",
        PreferredContact = "text",
        SharedAt = DateTimeOffset.UtcNow,
    };

    public ReferralContactSharedBuilder Named(string firstName) => Set(e => e with { FirstName = firstName });

    public ReferralContactSharedBuilder SharedAt(DateTimeOffset at) => Set(e => e with { SharedAt = at });

    public ReferralContactShared Build() => _event;

    private ReferralContactSharedBuilder Set(Func<ReferralContactShared, ReferralContactShared> change)
    {
        _event = change(_event);
        return this;
    }
}
