namespace ParentPartner.AllianceHub.Api.Domain;

/// <summary>
/// A figure of the national record: what the accepted revision of one program's report for one year says.
/// Written when an analyst accepts a revision (replacing the figures of the revision it supersedes, in the
/// same transaction), so the national views read only accepted, latest data and never unfold submissions.
/// </summary>
public sealed class PublishedFigure
{
    public int Year { get; set; }

    public required string StateCode { get; set; }

    public required string ProgramId { get; set; }

    public required string Name { get; set; }

    public int? Value { get; set; }

    public bool Suppressed { get; set; }

    /// <summary>The accepted revision the figure comes from.</summary>
    public int Revision { get; set; }

    /// <summary>The hub's id of that submission.</summary>
    public Guid SubmissionId { get; set; }
}
