using ParentPartner.ServiceDefaults.Data;

namespace ParentPartner.Scheduling.Api.Domain;

/// <summary>A row a support parent may see when it is theirs (an appointment they attend, their match, their contact).</summary>
public interface ISupportParentOwned : IProgramOwned
{
    string? SupportParentSubject { get; }
}
