using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>
/// A secret calendar subscription for one person in one program. Only the SHA-256 of the secret is stored, so a
/// database read does not give out working feed URLs; rotating revokes the old token and makes a new one.
/// </summary>
public sealed class FeedToken : IProgramOwned
{
    public Guid Id { get; init; }

    public required string ProgramId { get; init; }

    public required string OwnerSubject { get; init; }

    /// <summary>Whether the owner sees the whole program's appointments (a coordinator) or only their own.</summary>
    public bool WholeProgram { get; init; }

    public required byte[] SecretHash { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
