namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>The answered information requests of a period (the anonymous tally): how many, with resources sent, and by channel, topic, language and county.</summary>
/// <param name="Total">Information requests answered.</param>
/// <param name="ResourcesSent">Of those, with resources sent.</param>
/// <param name="ByChannel">By channel (kebab-case keys).</param>
/// <param name="ByTopic">By topic.</param>
/// <param name="ByLanguage">By language.</param>
/// <param name="ByCounty">By county.</param>
public sealed record InquiryTally(
    int Total,
    int ResourcesSent,
    IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> ByTopic,
    IReadOnlyDictionary<string, int> ByLanguage,
    IReadOnlyDictionary<string, int> ByCounty);
