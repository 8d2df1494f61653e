namespace ParentPartner.AllianceHub.Api.Features.Submissions;

/// <summary>"accepted" or "returned" on the wire.</summary>
public enum Decision
{
    Accepted,
    Returned,
}
