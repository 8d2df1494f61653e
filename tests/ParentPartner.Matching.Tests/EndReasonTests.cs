using ParentPartner.Contracts.Matching;
using ParentPartner.Matching.Api.Domain;
using ParentPartner.ServiceDefaults.Http;

namespace ParentPartner.Matching.Tests;

/// <summary>The reasons matching accepts for ending a match are exactly the codes its consumers count.</summary>
public sealed class EndReasonTests
{
    [Fact]
    public void Every_end_reason_matching_sends_is_a_contract_code_and_every_code_can_be_sent() =>
        Assert.Equal(MatchEndReasons.All, Enum.GetValues<EndReason>().Select(KebabEnum.Name));
}
