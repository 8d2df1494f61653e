namespace ParentPartner.AllianceHub.Api.Consumers;

/// <summary>A report so malformed it cannot be keyed: it faults to the consumer's _error queue.</summary>
public sealed class UnusableSubmissionException(string reason) : Exception($"Unusable annual report: {reason}");
