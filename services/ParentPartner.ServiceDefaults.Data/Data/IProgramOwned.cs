namespace ParentPartner.ServiceDefaults.Data;

/// <summary>A row about one program's work. Every such entity gets the program query filter.</summary>
public interface IProgramOwned
{
    string ProgramId { get; }
}
