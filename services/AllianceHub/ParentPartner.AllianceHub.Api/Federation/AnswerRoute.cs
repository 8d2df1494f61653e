using ParentPartner.Contracts.Alliance;

namespace ParentPartner.AllianceHub.Api.Federation;

/// <summary>
/// Where the hub leaves a state's answers: the exchange alliance-answers-{state code, lower case} on the hub
/// broker. deploy/federation/link.json binds that state's answers queue to it; keep the two in step.
/// </summary>
public static class AnswerRoute
{
    public const string ExchangePrefix = "alliance-answers-";

    public static string? ExchangeName(string? stateCode) =>
        AnnualReportSubmitted.NormaliseStateCode(stateCode) is { } state ? ExchangePrefix + state.ToLowerInvariant() : null;

    public static Uri? For(string? stateCode) =>
        ExchangeName(stateCode) is { } exchange ? new Uri($"exchange:{exchange}") : null;
}
