using ParentPartner.Contracts.Referrals;

namespace ParentPartner.Testing.Builders;

/// <summary>A ReferralReceived event as the referral service would publish it.</summary>
public sealed class ReferralReceivedBuilder(string programId)
{
    private string _source = "Court";

    public ReferralReceivedBuilder FromSource(string source)
    {
        _source = source;
        return this;
    }

    public ReferralReceived Build() => new()
    {
        ReferralId = Guid.NewGuid(),
        ProgramId = programId,
        Source = _source,
        ReceivedAt = DateTimeOffset.UtcNow,
    };
}
