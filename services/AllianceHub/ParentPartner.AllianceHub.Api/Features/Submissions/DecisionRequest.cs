using ParentPartner.ServiceDefaults.Validation;

namespace ParentPartner.AllianceHub.Api.Features.Submissions;

/// <summary>An analyst's answer to a pending submission. Returning one needs a comment the state can act on.</summary>
public sealed record DecisionRequest : IValidatableRequest
{
    /// <summary>Accepted or returned.</summary>
    public Decision? Decision { get; init; }

    /// <summary>What the state should fix; required when returning, at most a few sentences, no personal data.</summary>
    public string? Comment { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .Required("decision", Decision)
            .MaxLength("comment", Comment, Domain.Submission.CommentLength);
        if (Decision == Submissions.Decision.Returned && string.IsNullOrWhiteSpace(Comment))
        {
            errors.Add("comment", "is required when returning a submission: say what the state should correct.");
        }
        return errors;
    }
}
