namespace ParentPartner.Reporting.Api.Features.Common;

/// <summary>The answered information requests of a period (the anonymous tally): how many, with resources sent, and by channel, topic, language and county.</summary>
public sealed record InquiryTally(
    int Total,
    int ResourcesSent,
    IReadOnlyDictionary<string, int> ByChannel,
    IReadOnlyDictionary<string, int> ByTopic,
    IReadOnlyDictionary<string, int> ByLanguage,
    IReadOnlyDictionary<string, int> ByCounty);
